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
            {"id":1,"doc":"briefing.txt","title":"Press conference","event_date":"2022-09-06","start":14,"end":26,"text":"1.85 million","sentence_start":0,"sentence_end":45,"value":1850000,"unit":"count","qualifier":"exact","low":1845000,"high":1855000,"metric":"China 5g base stations","metric_phrase":"5G base stations","period_start":"2022-01-01","period_end":"2022-12-31","period_basis":"by the end of 2022","speaker":"Zhang Yong","basis":null,"independent_sources":2,"conflicts_with":[7,9],"property":"5g base stations","subject":"China","subject_text":"China's","subject_basis":"possessive \"China's\"","source":"MIIT"}
            {"id":2,"doc":"a,b \"x\".txt","title":"=HYPERLINK(\"http://evil\")","event_date":null,"start":5,"end":8,"text":"30%","sentence_start":0,"sentence_end":30,"value":30,"unit":"percent","qualifier":"over","low":30,"high":null,"metric":"-users | <b>share</b>","metric_phrase":"@users","period_start":null,"period_end":null,"period_basis":null,"speaker":"+Li, \"Wei\"","basis":"GDP_growth","independent_sources":0,"conflicts_with":[],"property":"-users | <b>share</b>","subject":null,"subject_text":null,"subject_basis":null,"source":null}

            """;

        Assert.That(Render(JsonLinesClaimWriter.Write), Is.EqualTo(Expected.ReplaceLineEndings("\n")));
    }

    [Test]
    public void Csv_is_rfc_4180_with_a_header_and_formula_cells_defused()
    {
        const string Expected = """"
            id,doc,title,event_date,start,end,text,sentence_start,sentence_end,value,unit,qualifier,low,high,metric,metric_phrase,period_start,period_end,period_basis,speaker,basis,independent_sources,conflicts_with,property,subject,subject_text,subject_basis,source
            1,briefing.txt,Press conference,2022-09-06,14,26,1.85 million,0,45,1850000,count,exact,1845000,1855000,China 5g base stations,5G base stations,2022-01-01,2022-12-31,by the end of 2022,Zhang Yong,,2,7;9,5g base stations,China,China's,"possessive ""China's""",MIIT
            2,"a,b ""x"".txt","'=HYPERLINK(""http://evil"")",,5,8,30%,0,30,30,percent,over,30,,'-users | <b>share</b>,'@users,,,,"'+Li, ""Wei""",GDP_growth,0,,'-users | <b>share</b>,,,,

            """";

        Assert.That(Render(CsvClaimWriter.Write), Is.EqualTo(Expected.ReplaceLineEndings("\r\n")));
    }

    [Test]
    public void Markdown_has_a_table_per_metric_with_markup_escaped()
    {
        const string Expected = """
            ## 5g base stations

            | Id | Value | Qualifier | Unit | Period | Subject | Speaker | Document | Event date | Figure | Independent sources | Conflicts with |
            |---:|---:|---|---|---|---|---|---|---|---|---:|---|
            | 1 | 1850000 | exact | count | 2022-01-01..2022-12-31 | China | Zhang Yong | briefing.txt | 2022-09-06 | 1.85 million | 2 | #7, #9 |

            ## -users \| \<b\>share\</b\>

            | Id | Value | Qualifier | Unit | Period | Subject | Speaker | Document | Event date | Figure | Independent sources | Conflicts with |
            |---:|---:|---|---|---|---|---|---|---|---|---:|---|
            | 2 | 30 | over | percent |  |  | +Li, "Wei" | a,b "x".txt |  | 30% | 0 |  |

            """;

        Assert.That(Render(MarkdownClaimWriter.Write), Is.EqualTo(Expected.ReplaceLineEndings("\n")));
    }

    [TestCase("=1+1", "'=1+1")]
    [TestCase("+1", "'+1")]
    [TestCase("-1", "'-1")]
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
        Assert.That(ExportFormat.Names.Select(ExportFormat.WriterFor), Has.All.Not.Null);
        Assert.That(ExportFormat.WriterFor("xml"), Is.Null);
    }
}
