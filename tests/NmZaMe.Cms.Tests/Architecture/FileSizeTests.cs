using NmZaMe.Cms.Tests.TestSupport;

namespace NmZaMe.Cms.Tests.Architecture;

/// <summary>
/// Issue 14 and the code review: no hand-written source file over 300 lines, so each can be read whole. Generated EF
/// migrations and build output are not read by people and are left out.
/// </summary>
public sealed class FileSizeTests
{
    private const int MostLines = 300;

    [Fact]
    public void No_source_file_is_longer_than_300_lines()
    {
        var src = Path.Combine(Repository.Root, "src");
        var skipped = new[] { "bin", "obj", "Migrations" };
        var tooLong = Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".cs" or ".cshtml" or ".js" or ".css")
            .Where(f => !Path.GetRelativePath(src, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Select(f => (File: Path.GetRelativePath(Repository.Root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MostLines)
            .Select(f => $"{f.File}: {f.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, string.Join(Environment.NewLine, tooLong));
    }
}
