using Werkbrug.Domain.Mail;

namespace Werkbrug.Domain.Tests.Mail;

public sealed class OutboxMailTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(50, 3600)]
    public void the_pause_doubles_from_thirty_seconds_to_at_most_an_hour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxMail.PauseAfter(attempts));

    [Fact]
    public void an_unreachable_server_never_gives_a_mail_up()
    {
        var mail = OutboxMail.New("AM14", "digest", "a@example.nl", "sealed", Now);
        for (var i = 0; i < 100; i++)
        {
            mail.MarkAttemptFailed(Now, "SocketException: Connection refused", refused: false);
        }

        Assert.Equal((OutboxMailStatus.Pending, 100, "sealed"), (mail.Status, mail.Attempts, mail.SealedContent));
        Assert.Equal(Now + OutboxMail.LongestPause, mail.NextAttemptAtUtc);
    }

    [Fact]
    public void a_message_refused_eight_times_is_given_up_and_its_content_dropped()
    {
        var mail = OutboxMail.New("AM14", "digest", "a@example.nl", "sealed", Now);
        for (var i = 1; i < OutboxMail.MaxRefusals; i++)
        {
            mail.MarkAttemptFailed(Now, "SmtpCommandException: 550 mailbox unavailable", refused: true);
            Assert.Equal(OutboxMailStatus.Pending, mail.Status);
        }

        mail.MarkAttemptFailed(Now, new string('x', 900), refused: true);

        Assert.Equal((OutboxMailStatus.Failed, null, OutboxMailLimits.Error), (mail.Status, mail.SealedContent, mail.LastError!.Length));
    }

    [Fact]
    public void a_sent_mail_keeps_no_content()
    {
        var mail = OutboxMail.New("AM14", "digest", "a@example.nl", "sealed", Now);
        mail.MarkAttemptFailed(Now, "IOException", refused: false);

        mail.MarkSent(Now.AddMinutes(1));

        Assert.Equal((OutboxMailStatus.Sent, 2, null, Now.AddMinutes(1)), (mail.Status, mail.Attempts, mail.SealedContent, mail.SentAtUtc));
    }
}
