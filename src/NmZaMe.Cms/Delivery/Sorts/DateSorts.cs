using NmZaMe.Cms.PublishedCache;

namespace NmZaMe.Cms.Delivery.Sorts;

/// <summary><c>createDate:asc|desc</c> (Umbraco's <c>CreateDateSort</c>).</summary>
public sealed class CreateDateSort() : SortHandler<DateTime>("createDate", SortField.CreateDate, Comparer<DateTime>.Default)
{
    protected override DateTime Key(PublishedContent item, SortContext context) => item.CreateDate;
}

/// <summary><c>updateDate:asc|desc</c>: the culture's last update where the item varies, as Umbraco indexes it.</summary>
public sealed class UpdateDateSort() : SortHandler<DateTime>("updateDate", SortField.UpdateDate, Comparer<DateTime>.Default)
{
    protected override DateTime Key(PublishedContent item, SortContext context) => item.Culture(context.Culture)?.UpdateDate ?? item.UpdateDate;
}
