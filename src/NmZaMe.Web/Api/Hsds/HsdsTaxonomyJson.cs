using System.Text.Json.Nodes;
using NmZaMe.Cms.Hsds;

namespace NmZaMe.Web.Api.Hsds;

/// <summary>taxonomy, taxonomy_term and attribute objects.</summary>
public static class HsdsTaxonomyJson
{
    public static JsonObject Taxonomy(HsdsContext context, HsdsTaxonomy taxonomy) => new JsonObject()
        .Put("id", taxonomy.Id)
        .Put("name", HsdsTaxonomies.Name(context, taxonomy))
        .Put("description", HsdsTaxonomies.Description(context, taxonomy))
        .Put("version", "1.0");

    public static JsonObject Term(HsdsContext context, HsdsTerm term) => new JsonObject()
        .Put("id", term.Id)
        .Put("code", term.Code)
        .Put("name", term.Name)
        .Put("description", term.Description)
        .Put("parent_id", term.ParentId)
        .Put("taxonomy", HsdsTaxonomies.Name(context, term.Taxonomy))
        .Put("taxonomy_detail", Taxonomy(context, term.Taxonomy))
        .Put("language", context.Language.Segment)
        .Put("taxonomy_id", term.Taxonomy.Id)
        .Put("term_uri", term.Uri);

    /// <summary>An item's classification: one attribute per term, linking back to the item.</summary>
    public static IEnumerable<JsonNode> Attributes(HsdsContext context, Guid owner, string entity, IEnumerable<HsdsTerm> terms) =>
        terms.Select(term => (JsonNode)new JsonObject()
            .Put("id", HsdsIds.Derived(owner, "attribute/" + term.Id.ToString("D")))
            .Put("link_id", owner)
            .Put("taxonomy_term_id", term.Id)
            .Put("link_type", term.Taxonomy.LinkType)
            .Put("link_entity", entity)
            .Put("value", term.Code)
            .Put("taxonomy_term", Term(context, term)));
}
