using ClaimsLedger.Export;

namespace ClaimsLedger.Tests.Export;

[SetCulture("de-DE")] // numbers and dates must come out invariant whatever the culture
public class ExportWriterTests
{
    private static string Render(Action<IEnumerable<ClaimsLedger.Comparison.CorroboratedClaim>, TextWriter> write)
    {
        using var output = new StringWriter();
        write(ExportSamples.Both, output);
        return output.ToString();
    }

    [Test]
    public void Json_lines_have_one_object_per_claim_with_null_for_an_unbounded_high_and_the_corroboration_last()
    {
        const string Expected = """
            {"id":1,"doc":"briefing.txt","title":"Press conference","event_date":"2022-09-06","start":14,"end":26,"text":"1.85 million","sentence_start":0,"sentence_end":45,"value":1850000,"unit":"count","qualifier":"exact","low":1845000,"high":1855000,"metric":"5g base stations","metric_phrase":"5G base stations","period_start":"2022-01-01","period_end":"2022-12-31","period_basis":"by the end of 2022","speaker":"Zhang Yong","basis":null,"independent_sources":2,"conflicts_with":[7,9],"value_text":"1.85 million","sentence":"We have built 1.85 million 5G base stations.","source":"中国网","url":"https://example.org/briefing (1).html","published_date":"2022-09-07","verdict":null,"qualifiers_text":null,"property":"5g base stations","subject":null,"subject_text":null,"subject_basis":null,"document_source":"中国网","conflicts_count":2}
            {"id":2,"doc":"a,b \"x\".txt","title":"=HYPERLINK(\"http://evil\")","event_date":null,"start":5,"end":8,"text":"30%","sentence_start":0,"sentence_end":30,"value":30,"unit":"percent","qualifier":"over","low":30,"high":null,"metric":"-users | <b>share</b>","metric_phrase":"@users","period_start":null,"period_end":null,"period_basis":null,"speaker":"+Li, \"Wei\"","basis":"GDP_growth","independent_sources":0,"conflicts_with":[],"value_text":"30%","sentence":"Over 30% | of *users*\nsaid so.","source":"-Wire","url":"javascript:alert(1)","published_date":null,"verdict":null,"qualifiers_text":null,"property":"-users | <b>share</b>","subject":null,"subject_text":null,"subject_basis":null,"document_source":"-Wire","conflicts_count":0}

            """;

        Assert.That(Render(JsonLinesClaimWriter.Write), Is.EqualTo(Expected.ReplaceLineEndings("\n")));
    }

    [Test]
    public void Csv_is_rfc_4180_with_a_header_and_formula_cells_defused()
    {
        // Every row ends with CRLF; the line break inside the quoted sentence stays as it is in the text.
        string[] rows =
        [
            "id,doc,title,event_date,start,end,text,sentence_start,sentence_end,value,unit,qualifier,low,high,metric,metric_phrase,period_start,period_end,period_basis,speaker,basis,independent_sources,conflicts_with,value_text,sentence,source,url,published_date,verdict,qualifiers_text,property,subject,subject_text,subject_basis,document_source,conflicts_count",
            "1,briefing.txt,Press conference,2022-09-06,14,26,1.85 million,0,45,1850000,count,exact,1845000,1855000,5g base stations,5G base stations,2022-01-01,2022-12-31,by the end of 2022,Zhang Yong,,2,7;9,1.85 million,We have built 1.85 million 5G base stations.,中国网,https://example.org/briefing (1).html,2022-09-07,,,5g base stations,,,,中国网,2",
            """"2,"a,b ""x"".txt","'=HYPERLINK(""http://evil"")",,5,8,30%,0,30,30,percent,over,30,,'-users | <b>share</b>,'@users,,,,"'+Li, ""Wei""",GDP_growth,0,,30%,"Over 30% | of *users*"""" + "\n"
                + """"said so.",'-Wire,javascript:alert(1),,,,'-users | <b>share</b>,,,,'-Wire,0"""",
        ];
        var expected = string.Concat(rows.Select(row => row + "\r\n"));

        Assert.That(Render(CsvClaimWriter.Write), Is.EqualTo(expected));
    }

    [Test]
    public void Markdown_has_a_table_per_metric_with_markup_escaped()
    {
        const string Expected = """
            ## 5g base stations

            | Id | Value | Value text | Qualifier | Unit | Period | Speaker | Source | Document | Title | Event date | Figure | Quote | Independent sources | Conflicts with | Verdict | Subject |
            |---:|---:|---|---|---|---|---|---|---|---|---|---|---|---:|---|---|---|
            | 1 | 1850000 | 1.85 million | exact | count | 2022-01-01..2022-12-31 | Zhang Yong | 中国网 | briefing.txt | [Press conference](https://example.org/briefing%20%281%29.html) | 2022-09-06 | 1.85 million | We have built **1.85 million** 5G base stations. | 2 | #7, #9 |  |  |

            ## -users \| \<b\>share\</b\>

            | Id | Value | Value text | Qualifier | Unit | Period | Speaker | Source | Document | Title | Event date | Figure | Quote | Independent sources | Conflicts with | Verdict | Subject |
            |---:|---:|---|---|---|---|---|---|---|---|---|---|---|---:|---|---|---|
            | 2 | 30 | 30% | over | percent |  | +Li, "Wei" | -Wire | a,b "x".txt | =HYPERLINK("http://evil") |  | 30% | Over **30%** \| of \*users\* said so. | 0 |  |  |  |

            """;

        Assert.That(Render(MarkdownClaimWriter.Write), Is.EqualTo(Expected.ReplaceLineEndings("\n")));
    }

    [Test]
    public void A_cut_conflict_list_keeps_its_lowest_ids_and_the_count_of_all_in_every_format()
    {
        var cut = new[] { new ClaimsLedger.Comparison.CorroboratedClaim(ExportSamples.BaseStations,
            new ClaimsLedger.Comparison.ClaimCorroboration(1, 2, [3, 4, 5, 7, 9], []).WithConflictIdsAtMost(2)) };
        string Write(Action<IEnumerable<ClaimsLedger.Comparison.CorroboratedClaim>, TextWriter> write)
        {
            using var output = new StringWriter();
            write(cut, output);
            return output.ToString();
        }

        Assert.That(Write(JsonLinesClaimWriter.Write), Does.Contain("\"conflicts_with\":[3,4],").And.EndWith(",\"conflicts_count\":5}\n"));
        Assert.That(Write(CsvClaimWriter.Write).Split("\r\n")[1], Does.Contain(",2,3;4,1.85 million,").And.EndWith(",中国网,5"));
        Assert.That(Write(MarkdownClaimWriter.Write), Does.Contain("| 2 | #3, #4 and 3 more |"));
    }

    [Test]
    public void A_conflict_list_cut_to_nothing_is_only_its_count()
    {
        var none = new ClaimsLedger.Comparison.ClaimCorroboration(1, 0, [3, 4], []).WithConflictIdsAtMost(0);
        var cut = new[] { new ClaimsLedger.Comparison.CorroboratedClaim(ExportSamples.BaseStations, none) };
        using var output = new StringWriter();

        MarkdownClaimWriter.Write(cut, output);

        Assert.That((none.ConflictsWith.Count, none.ConflictCount), Is.EqualTo((0, 2)));
        Assert.That(output.ToString(), Does.Contain("| 0 | 2 more |"));
    }

    [TestCase("=1+1", "'=1+1")]
    [TestCase("+Li", "'+Li")]
    [TestCase("-users", "'-users")]
    [TestCase("-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0")]
    [TestCase("-3.5", "-3.5")] // a number to a spreadsheet, not a formula: left as it is
    [TestCase("+2", "+2")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\tcmd", "'\tcmd")]
    [TestCase("plain = text", "plain = text")]
    public void Csv_text_cells_that_a_spreadsheet_would_evaluate_are_prefixed_with_an_apostrophe(string cell, string expected)
    {
        Assert.That(CsvClaimWriter.Text(cell), Is.EqualTo(expected));
    }

    [Test]
    public void Every_writer_is_reachable_by_its_format_name()
    {
        Assert.That(ExportFormat.Names.Select(name => ExportFormat.WriterFor(name)), Has.All.Not.Null);
        Assert.That(ExportFormat.WriterFor("xml"), Is.Null);
    }
}
