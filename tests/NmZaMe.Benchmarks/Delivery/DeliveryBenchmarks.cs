using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NmZaMe.Cms.Delivery;
using NmZaMe.Cms.Editors;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Benchmarks.Delivery;

/// <summary>
/// The in-process hot paths behind the Delivery API, without HTTP: projecting one service item to JSON, and the
/// children query wrk.sh uses. The all-services query shows how a catalogue-wide sort scales with the catalogue.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class DeliveryBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private SyntheticSnapshot _fixture = null!;
    private DeliveryRequest _request = null!;
    private PublishedContent _service = null!;
    private ContentQuery _children = null!;
    private ContentQuery _allServices = null!;
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _fixture = await SyntheticSnapshot.CreateAsync(defaultServices: 3_000);
        var snapshot = _fixture.Snapshot;
        _request = new DeliveryRequest(snapshot, snapshot.Schema.DefaultCulture, null);
        var organisation = snapshot.All.Where(c => c.ContentType.Alias == "organisation").MinBy(c => c.Id)
            ?? throw new InvalidOperationException("The catalogue has no organisation.");
        _service = snapshot.ChildrenOf(organisation.Key).First(c => c.ContentType.Alias == "service");
        _children = Parse($"children:{organisation.Key}", "contentType:service", "name:asc");
        _allServices = Parse(null, "contentType:service", "name:asc");
        _writer = new Utf8JsonWriter(_buffer, JsonDefaults.DeliveryWriter);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _writer.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    [Benchmark]
    public int WriteServiceItem()
    {
        Reset();
        new DeliveryJsonWriter(_request).WriteContentItem(_writer, _service, null, null);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public long RunChildrenQuery() => ContentQueryRunner.Run(_request, _children).Total;

    [Benchmark]
    public int RunChildrenQueryAndWrite()
    {
        var (total, items) = ContentQueryRunner.Run(_request, _children);
        Reset();
        new DeliveryJsonWriter(_request).WritePaged(_writer, total, items, null, null);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public long RunAllServicesByName() => ContentQueryRunner.Run(_request, _allServices).Total;

    private void Reset()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    private static ContentQuery Parse(string? fetch, string filter, string sort)
    {
        var problems = new[]
        {
            QueryParser.TryParseSelector(fetch, out var selector),
            QueryParser.TryParseFilters([filter], out var filters),
            QueryParser.TryParseSorts([sort], out var sorts),
        };
        if (problems.OfType<DeliveryProblem>().FirstOrDefault() is { } problem)
        {
            throw new InvalidOperationException($"{problem.Title}: {problem.Detail}");
        }

        return new ContentQuery(selector, filters, sorts, 0, 10);
    }
}
