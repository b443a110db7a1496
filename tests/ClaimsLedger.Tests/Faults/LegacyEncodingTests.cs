using System.Text;
using ClaimsLedger.Ingest;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Faults;

/// <summary>
/// Text in legacy encodings other than GB18030 and Windows-1252, and UTF-8 with a stray byte: decoded exactly (with a
/// note naming the encoding) when the encoding is clear, refused in one line otherwise; never stored as mojibake.
/// </summary>
public class LegacyEncodingTests
{
    static LegacyEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly (string Encoding, string Name, string Text)[] Samples =
    [
        ("euc-kr", "EUC-KR", "정부는 올해 경제성장률이 3.5퍼센트에 이를 것이라고 밝혔다. 수출은 전년보다 12퍼센트 증가했고 수입은 8퍼센트 늘었다.\n"),
        ("shift_jis", "Shift-JIS", "政府は今年の経済成長率が3.5パーセントに達すると発表した。輸出は前年比12パーセント増加し、輸入は8パーセント増えた。\n"),
        ("koi8-r", "KOI8-R", "Правительство сообщило, что рост экономики в этом году составит 3,5 процента. Экспорт вырос на 12 процентов, а импорт на 8 процентов.\n"),
    ];

    private static IEnumerable<TestCaseData> Encoded() => Samples.Select(s => new TestCaseData(s.Encoding, s.Name, s.Text).SetName($"Legacy encoding {s.Name} is decoded exactly"));

    [TestCaseSource(nameof(Encoded))]
    public void Text_in_a_clear_legacy_encoding_is_decoded_exactly_and_says_so(string encoding, string name, string text)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("in.txt", Encoding.GetEncoding(encoding).GetBytes(text));

        var read = SourceFileReader.Read(path);

        Assert.That(read.Error, Is.Null);
        Assert.That(read.Text, Is.EqualTo(text));
        Assert.That(read.EncodingNote, Is.EqualTo($"not UTF-8: decoded as {name}"));
    }

    [Test]
    public void Utf8_text_with_a_stray_byte_is_refused_naming_the_byte_instead_of_decoded_as_a_code_page()
    {
        using var folder = new TempFolder();
        var before = Encoding.UTF8.GetBytes("Briefing in Zürich\nThe café served 120 crêpes. ");
        var path = folder.WriteBytes("in.txt", [.. before, 0xFF, .. "We built 7 bridges.\n"u8]);

        var read = SourceFileReader.Read(path);

        Assert.That(read.Text, Is.Null);
        Assert.That(read.Error, Is.EqualTo($"{path}: not valid UTF-8: byte 0xFF at offset {before.Length} of otherwise UTF-8 text (a damaged or mixed file); convert it to UTF-8"));
    }

    [Test]
    public void Bytes_no_encoding_explains_are_refused_in_one_line()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("in.txt", AwkwardFiles.InvalidBytes());

        var read = SourceFileReader.Read(path);

        Assert.That(read.Error, Is.EqualTo($"{path}: not UTF-8, and its encoding cannot be told with confidence; convert it to UTF-8"));
    }
}
