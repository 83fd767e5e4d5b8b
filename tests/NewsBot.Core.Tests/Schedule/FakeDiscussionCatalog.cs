using NewsBot.Core.Documents;

namespace NewsBot.Core.Tests.Schedule;

internal sealed class FakeDiscussionCatalog(params string[] ids) : IDiscussionCatalog
{
    private List<Discussion> _all = [.. ids.Select(Make)];

    public IReadOnlyList<Discussion> All => _all;

    public event EventHandler? Changed;

    public Discussion? Find(string id) => _all.Find(d => d.Id == id);

    public void Remove(string id)
    {
        _all = [.. _all.Where(d => d.Id != id)];
        Changed?.Invoke(this, EventArgs.Empty);
    }

    private static Discussion Make(string id) =>
        new(id, "Headline " + id, "Headline | ZDFheute live", "ZDFheute live", null, DocumentLanguage.German, [], [], []);
}
