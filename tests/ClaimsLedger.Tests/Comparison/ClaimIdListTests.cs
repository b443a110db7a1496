using ClaimsLedger.Comparison;

namespace ClaimsLedger.Tests.Comparison;

public class ClaimIdListTests
{
    [Test]
    public void A_short_list_is_named_whole()
    {
        Assert.That(ClaimIdList.Text([7, 9]), Is.EqualTo("#7, #9"));
        Assert.That(ClaimIdList.Text([]), Is.Empty);
    }

    [Test]
    public void A_long_list_names_its_first_ids_and_counts_the_rest()
    {
        var ids = Enumerable.Range(1, 1_250).Select(i => (long)i).ToList();

        Assert.That(ClaimIdList.Text(ids, max: 3), Is.EqualTo("#1, #2, #3 and 1,247 more"));
        Assert.That(ClaimIdList.Text(ids), Does.StartWith("#1, #2, ").And.EndWith(", #20 and 1,230 more"));
    }

    [Test]
    public void Ids_already_cut_are_counted_against_their_total()
    {
        Assert.That(ClaimIdList.Text([3, 4], int.MaxValue, total: 5), Is.EqualTo("#3, #4 and 3 more"));
        Assert.That(ClaimIdList.Text([], int.MaxValue, total: 2), Is.EqualTo("2 more"));
        Assert.That(ClaimIdList.Text([3, 4], max: 1, total: 5), Is.EqualTo("#3 and 4 more"));
    }
}
