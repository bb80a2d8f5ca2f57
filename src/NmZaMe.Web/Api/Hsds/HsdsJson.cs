using System.Text.Json.Nodes;

namespace NmZaMe.Web.Api.Hsds;

/// <summary>
/// HSDS types every field without null, and asks publishers to leave out empty ones: these setters add a field only
/// when it has a value, so no answer ever carries <c>null</c>, <c>""</c> or <c>[]</c>.
/// </summary>
public static class HsdsJson
{
    public static JsonObject Put(this JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json[name] = value;
        }

        return json;
    }

    public static JsonObject Put(this JsonObject json, string name, Guid? value)
    {
        if (value is { } id)
        {
            json[name] = id.ToString("D");
        }

        return json;
    }

    public static JsonObject Put(this JsonObject json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json[name] = number;
        }

        return json;
    }

    public static JsonObject Put(this JsonObject json, string name, IEnumerable<JsonNode> items)
    {
        var array = new JsonArray([.. items]);
        if (array.Count > 0)
        {
            json[name] = array;
        }

        return json;
    }

    public static JsonObject Put(this JsonObject json, string name, JsonNode? node)
    {
        if (node is not null)
        {
            json[name] = node;
        }

        return json;
    }
}
