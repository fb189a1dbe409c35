using Werkbrug.Domain.Common;
using Werkbrug.Tests;

namespace Werkbrug.Domain.Tests.Common;

public sealed class CsvTests
{
    [Theory]
    [InlineData("a,b,c", ',')]
    [InlineData("a;b;c", ';')]
    [InlineData("a\tb\tc", '\t')]
    [InlineData("\"x;y\",b,c", ',')]
    [InlineData("kvk;naam,met komma;plaats", ';')]
    public void detects_the_separator_from_the_header(string header, char expected) => Assert.Equal(expected, Csv.DetectSeparator(header));

    public static TheoryData<string, string[][]> Cases => new()
    {
        { "a,b\n1,2\n", [["a", "b"], ["1", "2"]] },
        { "a,b\r\n1,2", [["a", "b"], ["1", "2"]] },
        { "a,b\r1,2\r", [["a", "b"], ["1", "2"]] },
        { "a,b\n\n1,2\n", [["a", "b"], ["1", "2"]] },
        { "a,b\n\"x, y\",\"he said \"\"hi\"\"\"\n", [["a", "b"], ["x, y", "he said \"hi\""]] },
        { "a,b\n\"line one\nline two\",2\n", [["a", "b"], ["line one\nline two", "2"]] },
        { "a,b\n,\n", [["a", "b"], ["", ""]] },
        { "a,b\n1,\n", [["a", "b"], ["1", ""]] },
        { "\uFEFFa;b\n1;2", [["a", "b"], ["1", "2"]] },
        { "a,b\n\"\",x", [["a", "b"], ["", "x"]] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void parses_records(string text, string[][] expected)
    {
        var records = Csv.Parse(text).Select(r => r.Fields.ToArray()).ToArray();
        Assert.Equal(expected, records);
    }

    [Fact]
    public void reports_the_line_each_record_starts_on()
    {
        var records = Csv.Parse("h1,h2\n\"multi\nline\",x\n\nlast,y\n").ToList();
        Assert.Equal([1, 2, 5], records.Select(r => r.Line));
    }

    [Fact]
    public void looks_fields_up_by_header_name()
    {
        var records = Csv.Parse("KvK;Naam \n12345678;  Bakkerij ").ToList();
        var header = new CsvHeader(records[0].Fields);
        Assert.Equal("12345678", header.Get(records[1], "kvk"));
        Assert.Equal("Bakkerij", header.Get(records[1], "naam"));
        Assert.Null(header.Get(records[1], "postcode"));
        Assert.False(header.Has("postcode"));
    }

    [Fact]
    public void reads_the_real_esco_file_with_multi_line_fields()
    {
        var path = SharedData.PathOf("esco-occupations-nl", "occupations_nl.csv");
        using var reader = new StreamReader(path);
        var records = Csv.Read(reader).ToList();
        var header = new CsvHeader(records[0].Fields);
        Assert.Equal(3007, records.Count - 1);
        Assert.All(records.Skip(1), r => Assert.Equal(header.Names.Count, r.Fields.Count));
    }
}
