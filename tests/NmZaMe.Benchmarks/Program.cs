using BenchmarkDotNet.Running;
using NmZaMe.Benchmarks.Generate;

return args.FirstOrDefault() switch
{
    "generate" => GenerateCommand.Run(args[1..]),
    "bdn" => RunBenchmarks(args[1..]),
    "search" => await NmZaMe.Benchmarks.Search.SearchBenchmarkCommand.Run(args[1..]),
    "load" => await NmZaMe.Benchmarks.Load.LoadBenchmarkCommand.Run(args[1..]),
    _ => Usage(),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(GenerateCommand).Assembly).Run(args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: NmZaMe.Benchmarks generate --services N --out DIR | search --usync DIR|--db DATA_DIR/nmzame.db [--iterations N] | load --db DATA_DIR/nmzame.db | bdn [BenchmarkDotNet options, e.g. --filter '*']");
    return 2;
}
