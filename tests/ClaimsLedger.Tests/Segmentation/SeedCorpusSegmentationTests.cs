using ClaimsLedger.Segmentation;
using ClaimsLedger.Tests.Support;

namespace ClaimsLedger.Tests.Segmentation;

/// <summary>
/// Runs the header reader and the segmenter over the real seed pages kept outside the repository
/// (../shared/corpus/seeds from the repository root). Skipped with a reason when absent; fails under CI.
/// </summary>
public class SeedCorpusSegmentationTests
{
    private static string[] SeedFiles() =>
        Directory.GetFiles(RepositoryPaths.RequireShared("corpus", "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();

    [Test]
    public void Seed_pages_segment_into_exact_ordered_sentences_with_their_labelled_speakers()
    {
        foreach (var file in SeedFiles())
        {
            var text = File.ReadAllText(file);
            var name = Path.GetFileName(file);
            var header = DocumentHeaderReader.Read(text);
            Assert.That(header.EventDate, Is.Not.Null, $"{name}: event date");
            Assert.That(header.Title, Is.Not.Empty, $"{name}: title");

            var sentences = TranscriptSegmenter.Segment(text);
            Assert.That(sentences, Is.Not.Empty, name);
            int previousEnd = 0;
            foreach (var sentence in sentences)
            {
                var sentenceText = text.Substring(sentence.Start, sentence.Length);
                Assert.That(sentence.Start, Is.GreaterThanOrEqualTo(previousEnd), $"{name}: ordered, not overlapping");
                Assert.That(sentenceText, Is.EqualTo(sentenceText.Trim()).And.Not.Empty, $"{name}: trimmed");
                Assert.That(sentence.Length, Is.LessThanOrEqualTo(SentenceSplitter.MaxSentenceLength), name);
                Assert.That(SpeakerLabelReader.TryReadLabelLine(sentenceText, out _), Is.False, $"{name}: label yielded a sentence: {sentenceText}");
                previousEnd = sentence.End;
            }

            var labels = text.Split('\n')
                .Select(line => SpeakerLabelReader.TryReadLabelLine(line, out var label) ? label : null)
                .OfType<string>()
                .ToHashSet();
            var speakers = sentences.Select(s => s.Speaker).OfType<string>().ToHashSet();
            Assert.That(labels.IsSubsetOf(speakers), Is.True, $"{name}: every labelled speaker speaks");
        }
    }
}
