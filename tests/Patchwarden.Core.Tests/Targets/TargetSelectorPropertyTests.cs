using CsCheck;
using Patchwarden.Core.Targets;

namespace Patchwarden.Core.Tests.Targets;

public sealed class TargetSelectorPropertyTests
{
    // The characters that need escaping, a space, a colon, and plain letters.
    private static readonly Gen<string> Texts = Gen.String[Gen.Char[@"ab =,\:%"], 1, 6];

    private static readonly Gen<IReadOnlyList<string>> Lists = Texts.Array[1, 4].Select(values => (IReadOnlyList<string>)values);

    [Fact]
    public void Tag_selectors_read_back_their_own_text() =>
        Gen.Select(Texts, Lists).Sample((key, values) =>
        {
            var selector = new TagSelector(key, values);
            var parsed = TargetSelector.Parse(selector.Text, "Targets[0]");

            Assert.True(parsed.IsSuccess, $"{selector.Text}: {string.Join("; ", parsed.Errors)}");
            var tag = Assert.IsType<TagSelector>(parsed.Value);
            Assert.Equal(key, tag.Key);
            Assert.Equal(values, tag.Values);
        }, iter: 5_000);

    [Fact]
    public void List_selectors_read_back_their_own_text() =>
        Lists.Sample(values =>
        {
            foreach (TargetSelector selector in new TargetSelector[] { new TagKeySelector(values), new PatchGroupSelector(values), new AccountSelector(values) })
            {
                Assert.Equal(selector, TargetSelector.Parse(selector.Text, "Targets[0]").Value);
            }
        }, iter: 2_000);
}
