using Patchwarden.Core.Patches;

namespace Patchwarden.Core.Evaluation;

/// <summary>A baseline's approved or rejected list ready to test many packages, in the id formats of its package manager.</summary>
/// <remarks>
/// What an entry can name (case-insensitive; one <c>*</c> allowed):
/// <list type="bullet">
/// <item>apt: the package name, or <c>name:arch</c>.</item>
/// <item>dnf and zypper: <c>name</c>, <c>name.arch</c>, <c>name-version</c>, <c>name-version-release</c>,
/// <c>name-version-release.arch</c>, <c>name-epoch:version-release[.arch]</c>, <c>epoch:name-version-release.arch</c>,
/// <c>name.arch:epoch:version-release</c>, <c>version-release</c>, <c>epoch:version-release</c>, zypper's
/// <c>name-version-release.arch.rpm</c>, an advisory id (<c>RHSA-2024:1234</c>) or a CVE id the update fixes.
/// A missing epoch matches as 0.</item>
/// <item>Windows: the KB id, or the security bulletin (<c>MS17-010</c>) the update belongs to.</item>
/// </list>
/// Composite forms are only spelled out (in a stack buffer) for packages whose name could begin one of the entries,
/// so a list costs a few set lookups per package.
/// </remarks>
internal sealed class PatchListMatcher
{
    private const string Separators = "-.:";
    private const int StackBufferLength = 256;

    private readonly PackageManagerKind packageManager;
    private readonly CaseInsensitiveLookup exactLookup;
    private readonly CompiledWildcard[] wildcards;
    private readonly CaseInsensitiveLookup compositeNames;
    private readonly string[] wildcardPrefixes;
    private readonly bool alwaysComposite;
    private readonly bool hasArchEntries;

    private PatchListMatcher(IReadOnlyList<string> entries, PackageManagerKind packageManager)
    {
        this.packageManager = packageManager;
        var exact = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var patterns = new List<CompiledWildcard>();
        foreach (var entry in entries)
        {
            if (string.IsNullOrWhiteSpace(entry))
            {
                continue;
            }

            var compiled = CompiledWildcard.Compile(entry);
            if (!compiled.IsExact)
            {
                patterns.Add(compiled);
            }
            else if (seen.Add(compiled.Pattern))
            {
                exact.Add(compiled.Pattern);
            }
        }

        ExactEntries = exact;
        exactLookup = new CaseInsensitiveLookup(exact);
        wildcards = [.. patterns];
        hasArchEntries = exact.Concat(patterns.Select(p => p.Pattern)).Any(e => e.Contains(':', StringComparison.Ordinal));

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new List<string>();
        foreach (var entry in exact)
        {
            var withoutEpoch = WithoutLeadingEpoch(entry);
            if (withoutEpoch.Length > 0 && char.IsAsciiDigit(withoutEpoch[0]) && !IsAllDigits(withoutEpoch))
            {
                alwaysComposite = true; // version-release forms name no package at all
            }

            for (var i = 1; i < withoutEpoch.Length; i++)
            {
                if (Separators.Contains(withoutEpoch[i], StringComparison.Ordinal))
                {
                    names.Add(withoutEpoch[..i]);
                }
            }
        }

        foreach (var pattern in patterns)
        {
            var prefix = WithoutLeadingEpoch(pattern.LiteralPrefix);
            if (prefix.Length == 0 || char.IsAsciiDigit(prefix[0]))
            {
                alwaysComposite = true;
            }
            else
            {
                prefixes.Add(prefix);
            }
        }

        compositeNames = new CaseInsensitiveLookup([.. names]);
        wildcardPrefixes = [.. prefixes];
    }

    /// <summary>The entries without <c>*</c>, without duplicates, in list order; indexes into the marks of <see cref="Matches"/>.</summary>
    public IReadOnlyList<string> ExactEntries { get; }

    public bool IsEmpty => ExactEntries.Count == 0 && wildcards.Length == 0;

    public static PatchListMatcher Compile(IReadOnlyList<string>? entries, PackageManagerKind packageManager) =>
        new(entries ?? [], packageManager);

    /// <summary>
    /// Some entry names the package. When <paramref name="matchedEntries"/> is not empty, every exact entry that names
    /// the package is marked in it (by its index in <see cref="ExactEntries"/>), not just the first.
    /// </summary>
    public bool Matches(in PackageFacts facts, Span<bool> matchedEntries)
    {
        if (IsEmpty)
        {
            return false;
        }

        var matched = false;
        var markAll = !matchedEntries.IsEmpty;
        if (Check(facts.Id, matchedEntries, ref matched) && !markAll)
        {
            return true;
        }

        if (!string.Equals(facts.Id, facts.Name, StringComparison.Ordinal) && Check(facts.Name, matchedEntries, ref matched) && !markAll)
        {
            return true;
        }

        if (packageManager != PackageManagerKind.Apt && facts.AdvisoryId is { Length: > 0 } advisory
            && Check(advisory, matchedEntries, ref matched) && !markAll)
        {
            return true;
        }

        if (packageManager == PackageManagerKind.Apt)
        {
            return CheckAptComposites(facts, matchedEntries, ref matched) || matched;
        }

        if (packageManager == PackageManagerKind.WindowsUpdate)
        {
            return matched;
        }

        var cves = facts.CveIds ?? [];
        for (var i = 0; i < cves.Count; i++)
        {
            if (Check(cves[i], matchedEntries, ref matched) && !markAll)
            {
                return true;
            }
        }

        return NeedsRpmComposites(facts) ? CheckRpmComposites(facts, matchedEntries, ref matched) || matched : matched;
    }

    /// <summary>Some entry names exactly this id (used to keep a rejected entry from also being reported as not applicable).</summary>
    public bool MatchesId(string id)
    {
        if (exactLookup.Contains(id))
        {
            return true;
        }

        foreach (var wildcard in wildcards)
        {
            if (wildcard.Matches(id))
            {
                return true;
            }
        }

        return false;
    }

    private bool Check(ReadOnlySpan<char> candidate, Span<bool> marks, ref bool matched)
    {
        if (exactLookup.TryGetIndex(candidate, out var index))
        {
            matched = true;
            if (!marks.IsEmpty)
            {
                marks[index] = true;
            }

            return true;
        }

        if (matched)
        {
            return false; // wildcards need no marks, so one match is enough for them
        }

        foreach (var wildcard in wildcards)
        {
            if (wildcard.Matches(candidate))
            {
                matched = true;
                return true;
            }
        }

        return false;
    }

    private bool CheckAptComposites(in PackageFacts facts, Span<bool> marks, ref bool matched)
    {
        if (!hasArchEntries || facts.Arch is not { Length: > 0 } arch)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[StackBufferLength];
        var candidate = new SpanBuilder(buffer).Append(facts.Name).Append(':').Append(arch);
        return candidate.Fits && Check(candidate.Text, marks, ref matched);
    }

    private bool NeedsRpmComposites(in PackageFacts facts)
    {
        if (alwaysComposite || compositeNames.Contains(facts.Name))
        {
            return true;
        }

        var name = facts.Name;
        foreach (var prefix in wildcardPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || (prefix.Length > name.Length && prefix.StartsWith(name, StringComparison.OrdinalIgnoreCase) && Separators.Contains(prefix[name.Length], StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private bool CheckRpmComposites(in PackageFacts facts, Span<bool> marks, ref bool matched)
    {
        var evr = (facts.Version ?? "").AsSpan();
        var colon = evr.IndexOf(':');
        var epoch = colon > 0 ? evr[..colon] : "0";
        var vr = colon >= 0 ? evr[(colon + 1)..] : evr;
        var hyphen = vr.LastIndexOf('-');
        var version = hyphen >= 0 ? vr[..hyphen] : vr;
        var name = facts.Name.AsSpan();
        var arch = (facts.Arch ?? "").AsSpan();
        var hasArch = !arch.IsEmpty;
        var markAll = !marks.IsEmpty;

        var length = (2 * (name.Length + evr.Length + arch.Length)) + 16;
        Span<char> buffer = length <= StackBufferLength ? stackalloc char[StackBufferLength] : new char[length];

        // Each form is built in the same buffer and looked up at once; the first match ends the search unless every entry must be marked.
        bool Try(SpanBuilder built, Span<bool> marks, ref bool matched) => Check(built.Text, marks, ref matched) && !markAll;

        if (hasArch && Try(new SpanBuilder(buffer).Append(name).Append('.').Append(arch), marks, ref matched))
        {
            return true;
        }

        if (hyphen >= 0 && Try(new SpanBuilder(buffer).Append(name).Append('-').Append(version), marks, ref matched))
        {
            return true;
        }

        if (Try(new SpanBuilder(buffer).Append(name).Append('-').Append(vr), marks, ref matched)
            || Try(new SpanBuilder(buffer).Append(name).Append('-').Append(epoch).Append(':').Append(vr), marks, ref matched)
            || Try(new SpanBuilder(buffer).Append(epoch).Append(':').Append(name).Append('-').Append(vr), marks, ref matched)
            || Try(new SpanBuilder(buffer).Append(vr), marks, ref matched)
            || Try(new SpanBuilder(buffer).Append(epoch).Append(':').Append(vr), marks, ref matched))
        {
            return true;
        }

        if (!hasArch)
        {
            return matched;
        }

        if (Try(new SpanBuilder(buffer).Append(name).Append('-').Append(vr).Append('.').Append(arch), marks, ref matched)
            || Try(new SpanBuilder(buffer).Append(name).Append('-').Append(epoch).Append(':').Append(vr).Append('.').Append(arch), marks, ref matched)
            || Try(new SpanBuilder(buffer).Append(epoch).Append(':').Append(name).Append('-').Append(vr).Append('.').Append(arch), marks, ref matched)
            || Try(new SpanBuilder(buffer).Append(name).Append('.').Append(arch).Append(':').Append(epoch).Append(':').Append(vr), marks, ref matched))
        {
            return true;
        }

        return (packageManager == PackageManagerKind.Zypper
                && Try(new SpanBuilder(buffer).Append(name).Append('-').Append(vr).Append('.').Append(arch).Append(".rpm"), marks, ref matched))
            || matched;
    }

    private static string WithoutLeadingEpoch(string entry)
    {
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && IsAllDigits(entry.AsSpan(0, colon)) && colon + 1 < entry.Length && char.IsAsciiLetter(entry[colon + 1])
            ? entry[(colon + 1)..]
            : entry;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
