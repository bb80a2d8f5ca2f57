using NmZaMe.Cms.Changes;
using NmZaMe.Cms.Persistence;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NmZaMe.Cms.Content;
using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Web.Tests.Blocks;

/// <summary>Writes block texts of seed items through the engine's use cases, as an editor's save and publish would.</summary>
internal static class BlockTexts
{
    /// <summary>
    /// Sets one culture's value of a property of the <paramref name="index"/>th block (a nested list's block when
    /// <paramref name="nested"/> names its property on the block), or takes it out when <paramref name="value"/> is null,
    /// saves the whole list and publishes <paramref name="publish"/>.
    /// </summary>
    public static async Task SetAsync(CmsApplication app, Guid key, string list, int index, string property, string culture, string? value,
        string[] publish, string? nested = null)
    {
        await using var db = app.CreateDbContext();
        var schema = app.Snapshot.Schema;
        var node = await db.Nodes.AsNoTracking().SingleAsync(n => n.Key == key);
        var draft = ContentData.Deserialize(node.DraftData);
        var root = JsonNode.Parse(draft.Value(list, string.Empty)!)!.AsObject();
        var block = root["contentData"]![index]!.AsObject();
        if (nested is not null)
        {
            var inner = block["values"]!.AsArray().Single(v => v!["alias"]!.GetValue<string>() == nested)!["value"]!.AsObject();
            block = inner["contentData"]![0]!.AsObject();
        }

        var values = block["values"]!.AsArray();
        foreach (var old in values.Where(v => v!["alias"]!.GetValue<string>() == property && v["culture"]?.GetValue<string>() == culture).ToList())
        {
            values.Remove(old);
        }

        if (value is not null)
        {
            values.Add(new JsonObject { ["alias"] = property, ["culture"] = culture, ["value"] = value });
        }

        var saved = await new SaveContent(db, schema).ExecuteAsync(new SaveContentCommand(key, null, node.ContentTypeAlias, new Dictionary<string, string>(),
            new Dictionary<string, IReadOnlyDictionary<string, string?>> { [list] = new Dictionary<string, string?> { [string.Empty] = root.ToJsonString() } }));
        Assert.True(saved.Succeeded, string.Join("; ", saved.Errors.Select(e => e.Key + ": " + e.Value)));
        if (publish.Length > 0)
        {
            var published = await new PublishContent(db, schema, app.Services.GetRequiredService<ContentCommit>()).ExecuteAsync(key, publish);
            Assert.True(published.Succeeded, string.Join("; ", published.Errors.Select(e => e.Key + ": " + e.Value)));
        }
    }

    public static PublishedContent Item(CmsApplication app, string type, string slovenianName) =>
        app.Snapshot.All.First(c => c.ContentType.Alias == type && c.Name("sl-SI") == slovenianName);

    public static BlockItem Block(PublishedElement element, string list, int index = 0) =>
        ((BlockListValue)element.Value(list, string.Empty)!).Items[index];
}
