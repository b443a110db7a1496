using System.Text;
using ClaimsLedger.Ingest;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Ingest;

public class SourceFileReaderTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void Utf8_without_a_byte_order_mark_is_read_as_is()
    {
        var path = folder.WriteBytes("a.txt", Encoding.UTF8.GetBytes("Café: 5G 基站 1.85 million\r\n"));

        var read = SourceFileReader.Read(path);

        Assert.That((read.Text, read.EncodingNote, read.Error), Is.EqualTo(("Café: 5G 基站 1.85 million\r\n", (string?)null, (string?)null)));
    }

    [Test]
    public void A_utf8_byte_order_mark_is_not_kept_in_the_text()
    {
        var path = folder.WriteBytes("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("We built 120 bridges.")]);

        Assert.That(SourceFileReader.Read(path).Text, Is.EqualTo("We built 120 bridges."));
    }

    [Test]
    public void Utf16_with_a_byte_order_mark_is_decoded_and_says_so()
    {
        var path = folder.WriteBytes("a.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("We built 120 bridges.")]);

        var read = SourceFileReader.Read(path);

        Assert.That((read.Text, read.EncodingNote), Is.EqualTo(("We built 120 bridges.", "decoded from UTF-16")));
    }

    [Test]
    public void Windows_1252_text_is_decoded_and_says_so()
    {
        var bytes = Encoding.Latin1.GetBytes("The caf\u00e9 in Z\u00fcrich served 120 cr\u00eapes to the ministers today.");
        var path = folder.WriteBytes("a.txt", bytes);

        var read = SourceFileReader.Read(path);

        Assert.That(read.Text, Is.EqualTo("The café in Zürich served 120 crêpes to the ministers today."));
        Assert.That(read.EncodingNote, Is.EqualTo("not UTF-8: decoded as Windows-1252 (Latin-1)"));
    }

    [Test]
    public void Gb18030_chinese_text_is_decoded_and_says_so()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = folder.WriteBytes("a.txt", Encoding.GetEncoding("GB18030").GetBytes("我国建成5G基站185万个。"));

        var read = SourceFileReader.Read(path);

        Assert.That((read.Text, read.EncodingNote), Is.EqualTo(("我国建成5G基站185万个。", "not UTF-8: decoded as GB18030")));
    }

    [Test]
    public void Bytes_that_are_not_clearly_any_encoding_are_refused()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(0x80 + (i * 37 % 0x7F))).ToArray();
        var path = folder.WriteBytes("a.txt", bytes);

        Assert.That(SourceFileReader.Read(path).Error,
            Is.EqualTo($"{path}: not UTF-8, and its encoding cannot be told with confidence; convert it to UTF-8"));
    }

    [Test]
    public void An_empty_file_is_refused()
    {
        var path = folder.WriteBytes("a.txt", []);

        Assert.That(SourceFileReader.Read(path).Error, Is.EqualTo($"{path}: empty file"));
    }

    [Test]
    public void A_file_of_white_space_is_refused_as_empty()
    {
        var path = folder.Write("a.txt", " \r\n\t\n");

        Assert.That(SourceFileReader.Read(path).Error, Is.EqualTo($"{path}: empty (only white space)"));
    }

    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2 }, "PNG image")]
    [TestCase(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "zip archive (or docx/xlsx)")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "JPEG image")]
    [TestCase(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00 }, "Windows executable")]
    public void A_file_with_a_binary_signature_is_refused_naming_its_kind(byte[] bytes, string kind)
    {
        var path = folder.WriteBytes("picture.txt", bytes);

        Assert.That(SourceFileReader.Read(path).Error, Is.EqualTo($"{path}: binary file ({kind}), not text"));
    }

    [Test]
    public void A_transcript_that_starts_with_the_letters_MZ_is_text()
    {
        var path = folder.Write("a.txt", "MZ Wallace, the chief executive, said sales rose 12 percent.");

        var read = SourceFileReader.Read(path);

        Assert.That(read.Error, Is.Null);
        Assert.That(read.Text, Does.StartWith("MZ Wallace"));
    }

    [Test]
    public void A_file_with_nul_bytes_is_refused_as_binary()
    {
        var path = folder.WriteBytes("a.txt", [.. "We built"u8, 0, .. "120 bridges"u8]);

        Assert.That(SourceFileReader.Read(path).Error, Is.EqualTo($"{path}: binary file (contains NUL bytes), not text"));
    }

    [Test]
    public void A_missing_path_is_refused()
    {
        var path = folder.File("nowhere.txt");

        Assert.That(SourceFileReader.Read(path).Error, Is.EqualTo($"{path}: no such file"));
    }

    [Test]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        var path = folder.Write("a.txt", new string('x', 2_000));

        Assert.That(SourceFileReader.Read(path, maxBytes: 1_000).Error, Is.EqualTo($"{path}: too large (2,000 bytes; the limit is 1,000)"));
    }
}
