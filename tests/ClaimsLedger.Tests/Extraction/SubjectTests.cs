using ClaimsLedger.Comparison;
using ClaimsLedger.Model;

namespace ClaimsLedger.Tests.Extraction;

/// <summary>Whom a figure is about: read from the sentence, else from the document; the body that publishes it is its source.</summary>
public class SubjectTests
{
    private static readonly DateOnly Friday = new(2023, 1, 6);

    private static Claim Read(string text, string figure, string? title = null) => ExtractionFixture.Single(text, figure, Friday) is var c
        && title is null ? c : ExtractionFixture.Claims(text, Friday, title).Single(x => x.Text == figure);

    [TestCase("India had 850 million internet users at the end of 2022, Telecom Minister Ravi Kumar said on Tuesday.", "850 million", "India")]
    [TestCase("China had 1.07 billion internet users at the end of 2022.", "1.07 billion", "China")]
    [TestCase("The US unemployment rate fell to 3.5 percent in December 2022, the Labor Department said on Friday.", "3.5 percent", "United States")]
    [TestCase("Britain's unemployment rate was 3.7 percent in December 2022, the Office for National Statistics said.", "3.7 percent", "United Kingdom")]
    [TestCase("Apple reported revenue of $117.2 billion for the quarter ended Dec. 31.", "$117.2 billion", "Apple")]
    [TestCase("Chinese netizens numbered 1.05 billion by June.", "1.05 billion", "China")]
    [TestCase("Unemployment across the euro area held at 6.5 percent in November.", "6.5 percent", "Euro area")]
    [TestCase("There were 4.2 million electric cars on the road in Germany at the end of 2022.", "4.2 million", "Germany")]
    [TestCase("Tesla's deliveries rose to 405,278 vehicles in the fourth quarter.", "405,278", "Tesla")]
    public void A_figure_is_about_the_entity_its_sentence_names(string sentence, string figure, string subject)
    {
        Assert.That(Read(sentence, figure).Subject, Is.EqualTo(subject));
    }

    // Names the gazetteer does not hold, opening the sentence: the tagger tells a company from a common noun.
    [TestCase("Zentrix reported sales of 12,400 units in the third quarter of 2022.", "12,400", "Zentrix")]
    [TestCase("Kovalenko Logistics posted revenue of $3.1 billion in 2022.", "$3.1 billion", "Kovalenko Logistics")]
    public void A_name_opening_the_sentence_owns_its_figure(string sentence, string figure, string subject)
    {
        Assert.That(Read(sentence, figure).Subject, Is.EqualTo(subject));
    }

    [TestCase("At President Marlow's direction, we are donating 1.2 billion vaccine doses.", "1.2 billion")]
    [TestCase("Investment reached 4.5 trillion yuan in 2022.", "4.5 trillion yuan")]
    [TestCase("Spending rose to 310 billion euros last year.", "310 billion euros")]
    public void A_common_noun_opening_the_sentence_or_a_titled_person_is_no_subject(string sentence, string figure)
    {
        Assert.That(Read(sentence, figure).Subject, Is.Null);
    }

    [Test]
    public void Two_countries_in_one_sentence_each_own_their_figure()
    {
        var claims = ExtractionFixture.Claims("India grew 7.8 percent in the quarter, while China grew 6.3 percent.", Friday);
        Assert.That(claims.Select(c => (c.Text, c.Subject)), Is.EqualTo(new[] { ("7.8 percent", "India"), ("6.3 percent", "China") }));
    }

    [Test]
    public void Coordinated_subjects_pair_with_coordinated_figures()
    {
        var claims = ExtractionFixture.Claims("In December 2022 the UK and US unemployment rates were 3.7% and 3.5%.", Friday);
        Assert.That(claims.Select(c => (c.Text, c.Subject)), Is.EqualTo(new[] { ("3.7%", "United Kingdom"), ("3.5%", "United States") }));
    }

    [Test]
    public void A_company_fined_by_its_regulator_is_the_subject_and_the_regulator_is_not()
    {
        var claim = Read("Google was fined 4.34 billion euros by the European Commission on Wednesday.", "4.34 billion euros");
        Assert.That(claim.Subject, Is.EqualTo("Google"));
    }

    [TestCase("The European Commission announced a €2.4 billion fine against Alphabet on Tuesday.", "€2.4 billion", "Alphabet", TestName = "A_fine_against_a_company_named_after_the_regulator")]
    [TestCase("The Commission announced a 2.4 billion euro (~$2.7 billion) fine against Alphabet.", "$2.7 billion", "Alphabet", TestName = "A_conversion_in_brackets_is_the_same_penalty")]
    [TestCase("Fine of €1,2 bn to @Meta for transfers of user data.", "€1,2", "Meta", TestName = "A_fine_to_a_handle")]
    [TestCase("Britain's markets regulator fined Barclays £72 million on Tuesday.", "£72 million", "Barclays", TestName = "A_regulator_of_one_country_fines_a_company")]
    [TestCase("The Irish regulator slapped Meta with a record €1.2 billion fine.", "€1.2 billion", "Meta", TestName = "Slapped_with_a_fine")]
    [TestCase("Regulators imposed a fine of 1.5 billion yuan on Zentrix Holdings Ltd in May.", "1.5 billion yuan", "Zentrix", TestName = "The_fined_company_without_its_legal_form")]
    public void A_penalty_is_about_the_party_it_is_imposed_on(string sentence, string figure, string subject) =>
        Assert.That(Read(sentence, figure).Subject, Is.EqualTo(subject));

    [Test]
    public void A_regulator_spending_money_is_no_penalty()
    {
        var claim = Read("The European Commission said it had spent €2 billion on the programme.", "€2 billion");
        Assert.That(claim.Subject, Is.EqualTo("European Union"));
    }

    [Test]
    public void The_publishing_body_is_the_source_and_a_national_body_gives_its_country()
    {
        var claim = Read("Consumer prices rose 10.1 percent in the 12 months to September, the Office for National Statistics said.", "10.1 percent");
        Assert.That((claim.Source, claim.Subject), Is.EqualTo(("Office for National Statistics", "United Kingdom")));
        Assert.That(claim.SubjectBasis, Does.StartWith("published by"));
    }

    [Test]
    public void Its_refers_back_to_the_entity_named_before()
    {
        var claim = Read("Shares fell after Samsung said its operating profit dropped 69 percent in the quarter.", "69 percent");
        Assert.That(claim.Subject, Is.EqualTo("Samsung"));
    }

    [Test]
    public void A_subject_named_only_in_the_headline_is_the_default_of_figures_naming_none()
    {
        var claim = Read("Exports rose 9.1 percent in the first quarter.", "9.1 percent", title: "Vietnam's trade surplus widens");
        Assert.That((claim.Subject, claim.SubjectBasis), Is.EqualTo(("Vietnam", "the document's title names Vietnam")));
    }

    [Test]
    public void A_sentence_and_a_document_that_name_nobody_leave_the_subject_unknown()
    {
        Assert.That(Read("Prices rose 4 percent last year.", "4 percent").Subject, Is.Null);
    }

    [Test]
    public void A_pronoun_or_a_generic_body_is_no_subject()
    {
        Assert.That(Read("The Commission said sales reached 2 million units in 2022.", "2 million").Subject, Is.Null);
        Assert.That(Read("We sold 2 million units in 2022.", "2 million").Subject, Is.Null);
    }

    [Test]
    public void The_metric_of_a_series_names_its_subject_and_property()
    {
        var claim = Read("Britain's unemployment rate was 3.7 percent in December 2022.", "3.7 percent");
        Assert.That((claim.Metric, claim.Series), Is.EqualTo(("unemployment rate", "United Kingdom unemployment rate")));
    }

    [Test]
    public void Figures_about_different_countries_are_never_a_conflict()
    {
        string[] lines =
        [
            "India had 850 million internet users at the end of 2022, Telecom Minister Ravi Kumar said on Tuesday.",
            "China had 1.07 billion internet users at the end of 2022.",
            "The US unemployment rate fell to 3.5 percent in December 2022, the Labor Department said on Friday.",
            "Britain's unemployment rate was 3.7 percent in December 2022, the Office for National Statistics said.",
        ];
        var stored = lines.SelectMany((line, doc) => ExtractionFixture.Claims(line, Friday)
            .Select(c => new StoredClaim(doc * 10 + 1, doc + 1, $"{doc}.txt", null, Friday, line, c))).ToList();
        Assert.That(stored.Select(s => s.Claim.Metric).Distinct(), Is.EquivalentTo(new[] { "internet users", "unemployment rate" }));

        var report = new ComparisonEngine(CurrencyRates.LoadFromDataDirectory(Path.Combine(AppContext.BaseDirectory, "data"))).Compare(stored);

        Assert.That(report.Pairs, Is.Empty);
    }

    [Test]
    public void A_conflict_against_a_figure_with_no_subject_is_unresolved_not_a_conflict()
    {
        var india = ExtractionFixture.Claims("India had 850 million internet users at the end of 2022.", Friday).Single();
        var unknown = india with { Subject = null, SubjectText = null, SubjectBasis = null, Value = 700_000_000, Low = 699_500_000, High = 700_500_000 };
        var report = new ComparisonEngine(CurrencyRates.LoadFromDataDirectory(Path.Combine(AppContext.BaseDirectory, "data"))).Compare(
            [new StoredClaim(1, 1, "a.txt", null, Friday, "a", india), new StoredClaim(2, 2, "b.txt", null, Friday, "b", unknown)]);

        Assert.That(report.Pairs.Single().Status, Is.EqualTo(PairStatus.Unresolved));
        Assert.That(report.Pairs.Single().Reason, Does.Contain("#2 names no subject and #1 is about India"));
    }
}
