using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Indicators;
using Werkbrug.Web.Features.Goals;
using Werkbrug.Web.Infrastructure.ReferenceData;
using DrawingChart = DocumentFormat.OpenXml.Drawing.Charts;
using DrawingMain = DocumentFormat.OpenXml.Drawing;
using DrawingWord = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>
/// The yearly evaluation as a Word document (.docx, Open XML; ADR 0022): real headings (Title, Heading 1–3) so a reader
/// can navigate it, the coordinator's text, and per indicator its figures against the year before, what it counts and
/// its limits, one table per breakdown (header row repeated on every page) and a bar chart of the first breakdown beside
/// it. The chart holds its numbers in the document (Word and LibreOffice draw it without a workbook) and has the
/// table as its text alternative; a suppressed figure is left out of the chart and reads "afgeschermd" in the table.
/// </summary>
public static class EvaluationDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    public static string FileName(Evaluation.Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Create(CultureInfo.InvariantCulture, $"jaarevaluatie-{report.Year}.docx");
    }

    public static byte[] Write(Evaluation.Report report, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var title = text["Evaluation.DocumentTitle", report.Region, report.Year].Value;
            document.PackageProperties.Title = title;
            document.PackageProperties.Language = "nl-NL";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            main.Document = new Document(body);

            body.Append(Paragraph(title, "Title"));
            body.Append(Paragraph(text["Evaluation.PeriodLine", report.Period.Label, report.PreviousPeriod.Label]));
            body.Append(Paragraph(text["Indicators.SuppressionNote", report.SmallGroupThreshold]));

            body.Append(Paragraph(text["Evaluation.TextHeading"], "Heading1"));
            var lines = report.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var line in lines.Length > 0 ? lines : [text["Evaluation.NoText"].Value])
            {
                body.Append(Paragraph(line));
            }

            if (report.Satisfaction is { } satisfaction)
            {
                body.Append(Paragraph(text["Evaluation.SatisfactionHeading"], "Heading1"));
                body.Append(Paragraph(EvaluationSatisfaction.Intro(satisfaction, text)));
                body.Append(Paragraph(EvaluationSatisfaction.Line(satisfaction, text)));
                body.Append(Paragraph(text["Evaluation.SatisfactionCaption"], "Heading3"));
                body.Append(Table(EvaluationSatisfaction.Header(text), EvaluationSatisfaction.Rows(satisfaction, text)));
            }

            foreach (var monitor in report.Monitors)
            {
                body.Append(Paragraph(text["Surveys.MonitorTitle", monitor.Title], "Heading1"));
                body.Append(Paragraph(text["Surveys.MonitorIntro"]));
                body.Append(Paragraph(Surveys.MonitorFigures.Summary(monitor, text)));
                foreach (var figure in monitor.Figures)
                {
                    body.Append(Paragraph(figure.Title, "Heading2"));
                    foreach (var figureBase in figure.Bases)
                    {
                        body.Append(Paragraph(Surveys.MonitorFigures.BaseLine(figureBase, report.SmallGroupThreshold, text)));
                    }

                    body.Append(Paragraph(Surveys.MonitorFigures.Caption(figure, text), "Heading3"));
                    body.Append(Table(Surveys.MonitorFigures.Header(figure, text), Surveys.MonitorFigures.Rows(figure, text)));
                }
            }

            var charts = 0;
            foreach (var group in report.Indicators.GroupBy(i => i.Figures.Group))
            {
                body.Append(Paragraph(text.Label(group.Key, "IndicatorGroup"), "Heading1"));
                foreach (var (figures, counts, limits, goals) in group)
                {
                    body.Append(Paragraph(figures.Name, "Heading2"));
                    body.Append(Paragraph(text["Evaluation.ValueLine", report.Period.Label, IndicatorDefinitions.Show(figures.Value, figures.Kind, text), report.PreviousPeriod.Label, IndicatorDefinitions.Show(figures.Previous, figures.Kind, text)]));
                    body.Append(Paragraph(text["Evaluation.Counts", counts]));
                    body.Append(Paragraph(text["Evaluation.Limits", limits]));
                    if (goals.Count > 0)
                    {
                        body.Append(Paragraph(text["Goals.IndicatorCaption", figures.Name], "Heading3"));
                        body.Append(Table(
                            [text["Goals.Indicator"], text["Field.Organisation"], text["Goals.Period"], text["Field.Target"], text["Goals.Value"], text["Goals.PercentOfTarget"], text["Field.Status"]],
                            goals.Select(g => GoalTable.Describe(text, g)).Select(c => new[] { c.Goal, c.Organisation, c.Period, c.Target, c.Value, c.PercentOfTarget, c.Status })));
                    }

                    foreach (var breakdown in figures.Breakdowns)
                    {
                        var caption = text["Indicators.TableCaption", figures.Name, breakdown.Label].Value;
                        body.Append(Paragraph(caption, "Heading3"));
                        if (breakdown == figures.Breakdowns[0] && ChartOf(figures, breakdown, report) is { } chart)
                        {
                            var part = main.AddNewPart<ChartPart>();
                            using (var xml = part.GetStream(FileMode.Create))
                            {
                                chart.Save(xml);
                            }

                            body.Append(new Paragraph(new Run(Inline(main.GetIdOfPart(part), ++charts, text["Evaluation.ChartAlt", caption]))));
                        }

                        body.Append(Table(breakdown, figures, report, text));
                    }
                }
            }

            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string content, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new Text(content) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    private static Table Table(IndicatorFigures.Breakdown breakdown, IndicatorFigures.View figures, Evaluation.Report report, IStringLocalizer text)
    {
        return Table(
            [breakdown.Label, report.Period.Label, text["Indicators.PreviousColumn", report.PreviousPeriod.Label]],
            breakdown.Rows.Select(row => new[] { row.Label, Show(row.Value), Show(row.Previous) })
                .Append([text["Indicators.Total"], Show(figures.Value), Show(figures.Previous)]));

        string Show(Figure figure) => IndicatorDefinitions.Show(figure, figures.Kind, text);
    }

    /// <summary>A full-width table with thin borders; the header row repeats on every page.</summary>
    private static Table Table(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var border = new Func<BorderType>[]
        {
            () => new TopBorder(), () => new LeftBorder(), () => new BottomBorder(), () => new RightBorder(), () => new InsideHorizontalBorder(), () => new InsideVerticalBorder(),
        };
        var borders = new TableBorders(border.Select(make =>
        {
            var b = make();
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = "767676";
            return (OpenXmlElement)b;
        }));
        var width = 9600 / header.Count;
        var table = new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, borders),
            new TableGrid(header.Select(_ => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(true, header));
        foreach (var row in rows)
        {
            table.Append(Row(false, row));
        }

        return table;
    }

    private static TableRow Row(bool header, IEnumerable<string> cells)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var run = new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve });
            if (header)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(new Paragraph(run)));
        }

        return row;
    }

    /// <summary>A clustered bar chart of the breakdown's shown rows, this year against the year before; null when fewer than two rows have a value.</summary>
    private static XDocument? ChartOf(IndicatorFigures.View figures, IndicatorFigures.Breakdown breakdown, Evaluation.Report report)
    {
        var rows = breakdown.Rows.Where(r => r.Value.Value is not null || r.Previous.Value is not null).ToList();
        if (rows.Count < 2)
        {
            return null;
        }

        var format = figures.Kind == IndicatorKind.Share ? "0.0\"%\"" : figures.Kind == IndicatorKind.AverageDays ? "0.0" : "0";
        XElement Series(int index, string name, Func<IndicatorFigures.Row, Figure> figure, string colour) =>
            new(C + "ser",
                new XElement(C + "idx", new XAttribute("val", index)),
                new XElement(C + "order", new XAttribute("val", index)),
                new XElement(C + "tx", new XElement(C + "v", name)),
                new XElement(C + "spPr", new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", colour)))),
                new XElement(C + "invertIfNegative", new XAttribute("val", 0)),
                new XElement(C + "cat", new XElement(C + "strLit",
                    new XElement(C + "ptCount", new XAttribute("val", rows.Count)),
                    rows.Select((r, i) => new XElement(C + "pt", new XAttribute("idx", i), new XElement(C + "v", r.Label))))),
                new XElement(C + "val", new XElement(C + "numLit",
                    new XElement(C + "formatCode", format),
                    new XElement(C + "ptCount", new XAttribute("val", rows.Count)),
                    rows.Select((r, i) => (Index: i, figure(r).Value))
                        .Where(p => p.Value is not null)
                        .Select(p => new XElement(C + "pt", new XAttribute("idx", p.Index), new XElement(C + "v", p.Value!.Value.ToString(CultureInfo.InvariantCulture)))))));

        XElement Axis(string kind, int id, int cross, string position, bool reversed, params object[] extra) =>
            new(C + kind,
                new XElement(C + "axId", new XAttribute("val", id)),
                new XElement(C + "scaling", new XElement(C + "orientation", new XAttribute("val", reversed ? "maxMin" : "minMax"))),
                new XElement(C + "delete", new XAttribute("val", 0)),
                new XElement(C + "axPos", new XAttribute("val", position)),
                extra,
                new XElement(C + "tickLblPos", new XAttribute("val", "nextTo")),
                new XElement(C + "crossAx", new XAttribute("val", cross)),
                new XElement(C + "crosses", new XAttribute("val", "autoZero")));

        return new XDocument(new XElement(C + "chartSpace",
            new XAttribute(XNamespace.Xmlns + "c", C), new XAttribute(XNamespace.Xmlns + "a", A),
            new XElement(C + "roundedCorners", new XAttribute("val", 0)),
            new XElement(C + "chart",
                new XElement(C + "autoTitleDeleted", new XAttribute("val", 1)),
                new XElement(C + "plotArea",
                    new XElement(C + "layout"),
                    new XElement(C + "barChart",
                        new XElement(C + "barDir", new XAttribute("val", "bar")),
                        new XElement(C + "grouping", new XAttribute("val", "clustered")),
                        new XElement(C + "varyColors", new XAttribute("val", 0)),
                        Series(0, report.Period.Label, r => r.Value, "01689B"),
                        Series(1, report.PreviousPeriod.Label, r => r.Previous, "B2D7EE"),
                        new XElement(C + "gapWidth", new XAttribute("val", 60)),
                        new XElement(C + "axId", new XAttribute("val", 1)),
                        new XElement(C + "axId", new XAttribute("val", 2))),
                    Axis("catAx", 1, 2, "l", reversed: true),
                    Axis("valAx", 2, 1, "b", reversed: false, new XElement(C + "majorGridlines"), new XElement(C + "numFmt", new XAttribute("formatCode", format), new XAttribute("sourceLinked", 0)))),
                new XElement(C + "legend", new XElement(C + "legendPos", new XAttribute("val", "b")), new XElement(C + "overlay", new XAttribute("val", 0))),
                new XElement(C + "plotVisOnly", new XAttribute("val", 1)))));
    }

    /// <summary>The chart in the text flow, 16 × 9 cm, with its description as alternative text.</summary>
    private static DocumentFormat.OpenXml.Wordprocessing.Drawing Inline(string partId, int number, string description) =>
        new(new DrawingWord.Inline(
            new DrawingWord.Extent { Cx = 5_760_000, Cy = 3_240_000 },
            new DrawingWord.DocProperties { Id = (uint)number, Name = "Grafiek " + number.ToString(CultureInfo.InvariantCulture), Description = description },
            new DrawingMain.Graphic(new DrawingMain.GraphicData(new DrawingChart.ChartReference { Id = partId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        });

    /// <summary>Dutch as the document's language, and the heading styles a reader navigates by.</summary>
    private static Styles Styles()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "22" }, new Languages { Val = "nl-NL" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        foreach (var (id, name, size, level) in new[] { ("Title", "Title", "40", -1), ("Heading1", "heading 1", "32", 0), ("Heading2", "heading 2", "28", 1), ("Heading3", "heading 3", "24", 2) })
        {
            var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" });
            if (level >= 0)
            {
                paragraph.Append(new OutlineLevel { Val = level });
            }

            styles.Append(new Style(
                new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
                paragraph, new StyleRunProperties(new Bold(), new FontSize { Val = size }))
            { Type = StyleValues.Paragraph, StyleId = id });
        }

        return styles;
    }
}
