using NewsBot.Announcements;

namespace NewsBot.Tests.Commands.Fakes;

internal sealed class FakeReplanner : IAnnouncementReplanner
{
    public int Calls { get; private set; }

    public void Replan() => Calls++;
}
