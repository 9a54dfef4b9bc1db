using System.Runtime.CompilerServices;

namespace Patchwarden.Core.Tests.Serialization;

/// <summary>Finds files of the repository (docs/examples/...) for tests, wherever the build put the test assembly.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative));

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        // The assembly's folder is inside the tree for a plain build; with --artifacts-path elsewhere, this source file's
        // compile-time path still is.
        string?[] starts = [AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(sourceFile), Environment.CurrentDirectory];
        foreach (var start in starts.OfType<string>())
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(folder.FullName, "Patchwarden.slnx")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No Patchwarden.slnx above {AppContext.BaseDirectory}, {sourceFile} or {Environment.CurrentDirectory}.");
    }
}
