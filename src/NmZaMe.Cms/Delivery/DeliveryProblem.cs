namespace NmZaMe.Cms.Delivery;

/// <summary>A request the Delivery API refuses, with Umbraco's exact title and detail.</summary>
public sealed record DeliveryProblem(string Title, string Detail)
{
    public static readonly DeliveryProblem SelectorNotFound = new("Selector option not found", "The attempted 'fetch' option does not exist");
    public static readonly DeliveryProblem FilterNotFound = new("Filter option not found", "One of the attempted 'filter' options does not exist");
    public static readonly DeliveryProblem SortNotFound = new("Sort option not found", "One of the attempted 'sort' options does not exist");
}
