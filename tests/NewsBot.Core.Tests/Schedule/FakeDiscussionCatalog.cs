using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Schedule;

internal sealed class FakeDiscussionCatalog(params string[] ids) : IDiscussionCatalog
{
    private DiscussionSnapshot _current = DiscussionSnapshot.OfShared(ids.Select(Make));

    public DiscussionSnapshot Current => _current;

    public event EventHandler? Changed;

    public void Remove(string id)
    {
        _current = DiscussionSnapshot.OfShared(_current.VisibleTo(guildId: null).Where(d => d.Id != id));
        Changed?.Invoke(this, EventArgs.Empty);
    }

    private static Discussion Make(string id) =>
        new(id, "Headline " + id, "Headline | ZDFheute live", "ZDFheute live", null, DocumentLanguage.German, [], [], []);
}
