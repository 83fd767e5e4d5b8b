namespace NewsBot.GuildDiscussions;

/// <summary>
/// The discussions servers added from Discord, and the previews waiting for Save or Cancel. Each server sees only its
/// own rows; every method takes the server.
/// </summary>
internal interface IGuildDiscussionStore
{
    /// <summary>Keeps a preview until <paramref name="expiresAt"/> under a new short key (for the buttons' custom ids); drops expired ones.</summary>
    Task<string> HoldPreviewAsync(GuildDocument preview, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>The server's preview with this key that has not expired at <paramref name="now"/>, or null.</summary>
    Task<GuildDocument?> FindPreviewAsync(ulong guildId, string key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Forgets a preview (Cancel); false when it was not there.</summary>
    Task<bool> DropPreviewAsync(ulong guildId, string key, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: saves the preview under <paramref name="discussionId"/> as added by <paramref name="savedBy"/> at
    /// <paramref name="now"/> and forgets the preview — or changes nothing and says why.
    /// </summary>
    Task<SaveOutcome> SavePreviewAsync(
        ulong guildId, string key, string discussionId, ulong savedBy, DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="document"/> without a preview (a feed's new item), unless the server is at <paramref name="limit"/>
    /// or already has its id; changes nothing then and says why.
    /// </summary>
    Task<SaveOutcome> SaveAsync(GuildDocument document, int limit, CancellationToken cancellationToken);

    /// <summary>The server's discussions, by id.</summary>
    Task<IReadOnlyList<StoredDiscussionInfo>> ListAsync(ulong guildId, CancellationToken cancellationToken);

    /// <summary>Every server's discussions (without content), for the catalog to notice what is new or gone.</summary>
    Task<IReadOnlyList<StoredDiscussionInfo>> ListAllAsync(CancellationToken cancellationToken);

    /// <summary>The server's discussion with its content, or null.</summary>
    Task<GuildDocument?> FindAsync(ulong guildId, string discussionId, CancellationToken cancellationToken);

    /// <summary>Deletes the server's discussion; false when it had none with this id.</summary>
    Task<bool> RemoveAsync(ulong guildId, string discussionId, CancellationToken cancellationToken);
}
