using Microsoft.AspNetCore.Http;
using Werkbrug.Web.Features.Shared;

namespace Werkbrug.Web.Tests.Features.Shared;

/// <summary>The pager's links keep the list's filter (every other query parameter, encoded) and change only the page.</summary>
public sealed class PagerTests
{
    [Theory]
    [InlineData("", 2, "?Page=2")]
    [InlineData("?Filter.Status=Hired", 2, "?Filter.Status=Hired&Page=2")]
    [InlineData("?page=3&Filter.Status=Hired", 2, "?Filter.Status=Hired&Page=2")]
    [InlineData("?Q=Jansen%20%26%20Zn&Mine=true&Page=1", 2, "?Q=Jansen%20%26%20Zn&Mine=true&Page=2")]
    public void a_link_to_another_page_keeps_the_filter(string query, int page, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);

        Assert.Equal(expected, Pager.Link(context.Request, page));
    }
}
