namespace NmZaMe.Web.BackOffice.ContentHistory;

/// <summary>Previous/next links for one paged list of a page; other lists' page numbers in the query are kept.</summary>
public sealed record Pager(int Current, int Count, string Parameter, string Label);
