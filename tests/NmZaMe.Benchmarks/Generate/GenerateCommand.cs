using System.Diagnostics;
using System.Globalization;
using NmZaMe.Cms.Sync;

namespace NmZaMe.Benchmarks.Generate;

/// <summary>
/// <c>generate --services N --out DIR [--seed S] [--schema DIR]</c>: writes DIR/v17 with the repository's schema and a
/// synthetic catalogue. Kept out of the repository's uSync folder so the real seed never mixes with test data.
/// </summary>
public static class GenerateCommand
{
    private static readonly string[] SchemaFolders = ["DataTypes", "ContentTypes", "Languages"];

    public static int Run(string[] args)
    {
        var services = 10_000;
        var seed = 17;
        string? output = null;
        string? schemaRoot = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--services" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    services = n;
                    i++;
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--out" when value is not null:
                    output = Path.GetFullPath(value);
                    i++;
                    break;
                case "--schema" when value is not null:
                    schemaRoot = Path.GetFullPath(value);
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'.");
                    return Usage();
            }
        }

        if (output is null)
        {
            return Usage();
        }

        var source = schemaRoot ?? FindRepositoryUSync();
        if (source is null || !File.Exists(Path.Combine(source, "usync.config")))
        {
            Console.Error.WriteLine("Cannot find the schema (a v17 folder with usync.config); pass --schema <repo>/uSync/v17.");
            return 2;
        }

        var started = Stopwatch.StartNew();
        var written = WriteCatalogue(source, output, services, seed);
        Console.WriteLine($"Wrote {written} content files ({services} services) to {Path.Combine(output, "v17")} in {started.Elapsed.TotalSeconds:0.0} s (seed {seed}, schema from {source}).");
        return 0;
    }

    /// <summary>Replaces <paramref name="output"/>/v17 with the schema from <paramref name="schemaSource"/> and a generated catalogue.</summary>
    public static int WriteCatalogue(string schemaSource, string output, int services, int seed)
    {
        var target = Path.Combine(output, "v17");
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        CopySchema(schemaSource, target);
        return Write(new CatalogueGenerator(ConfiguredSchema.Read(schemaSource), seed).Generate(services), Path.Combine(target, "Content"));
    }

    private static int Write(IEnumerable<GeneratedNode> nodes, string folder)
    {
        Directory.CreateDirectory(folder);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in nodes)
        {
            // uSync's clash rule appends 8 key characters; among 100,000 same-named services those can clash too.
            var name = ContentFileWriter.FileName(node.File, used);
            if (!written.Add(name))
            {
                name = $"{Path.GetFileNameWithoutExtension(name)}_{node.File.Key:N}.config";
                written.Add(name);
            }

            ContentFileWriter.Save(ContentFileWriter.ToXml(node.File, node.ParentName, node.Path), Path.Combine(folder, name));
        }

        return written.Count;
    }

    private static void CopySchema(string source, string target)
    {
        foreach (var folder in SchemaFolders)
        {
            var to = Path.Combine(target, folder);
            Directory.CreateDirectory(to);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(source, folder), "*.config"))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
        }

        File.Copy(Path.Combine(source, "usync.config"), Path.Combine(target, "usync.config"));
    }

    /// <summary>The nearest uSync/v17 above the working directory or the program, i.e. the repository's.</summary>
    public static string? FindRepositoryUSync()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "uSync", "v17");
                if (File.Exists(Path.Combine(candidate, "usync.config")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: generate --services N --out DIR [--seed S] [--schema <repo>/uSync/v17]");
        return 2;
    }
}
