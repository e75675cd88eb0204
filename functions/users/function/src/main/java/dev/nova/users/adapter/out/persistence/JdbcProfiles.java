package dev.nova.users.adapter.out.persistence;

import dev.nova.kernel.DomainException;
import dev.nova.users.adapter.out.persistence.ProfileRepository.SettingsRow;
import dev.nova.users.api.NotificationSettings;
import dev.nova.users.api.ProfileView;
import dev.nova.users.api.SettingsView;
import dev.nova.users.application.Profiles;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Profiles and settings in {@code users.profiles}, through {@link ProfileRepository}. */
public final class JdbcProfiles implements Profiles {

    private static final Set<String> CLEARABLE = Set.of("display_name", "bio", "website");

    private final ProfileRepository profiles;

    public JdbcProfiles(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    public boolean create(UUID userId, String username, Instant at) {
        return profiles.insert(userId, username, normalized(username), at) == 1;
    }

    @Override
    public void rename(UUID userId, String username, Instant at) {
        profiles.rename(userId, username, normalized(username), at);
    }

    @Override
    public void markDeleted(UUID userId, Instant at) {
        profiles.markDeleted(userId, at);
    }

    @Override
    public Optional<ProfileView> byUsername(String normalizedUsername, UUID viewer) {
        return profiles.findByUsername(normalizedUsername, viewer).map(ProfileRow::view);
    }

    @Override
    public List<ProfileView> byIds(Collection<UUID> ids, UUID viewer) {
        return ids.isEmpty() ? List.of() : profiles.findByIds(ids, viewer).stream().map(ProfileRow::view).toList();
    }

    @Override
    public Optional<Visibility> visibility(UUID target, UUID viewer) {
        return profiles.findVisibility(target, viewer)
                .map(row -> new Visibility(row.profile().view(), row.blocksViewer(), row.viewerFollows()));
    }

    @Override
    public List<Visibility> visibilities(Collection<UUID> targets, UUID viewer) {
        return targets.isEmpty() ? List.of() : profiles.findVisibilities(targets, viewer).stream()
                .map(row -> new Visibility(row.profile().view(), row.blocksViewer(), row.viewerFollows())).toList();
    }

    @Override
    public ProfileView update(UUID userId, String displayName, String bio, String website, Collection<String> clear,
                              Instant at) {
        if (!CLEARABLE.containsAll(clear)) {
            throw new IllegalArgumentException("not clearable: " + clear);
        }
        // Micronaut Data reads UPDATE ... RETURNING as a scalar, so the row is read back on the same connection.
        profiles.update(userId, displayName, clear.contains("display_name"), bio, clear.contains("bio"), website,
                clear.contains("website"), at);
        return profiles.findLive(userId).map(ProfileRow::view).orElseThrow(() -> DomainException.notFound("profile"));
    }

    @Override
    public Optional<SettingsView> settings(UUID userId) {
        return profiles.findSettings(userId).map(JdbcProfiles::settings);
    }

    @Override
    public void saveSettings(UUID userId, SettingsView settings, Instant at) {
        NotificationSettings notify = settings.notifications();
        profiles.saveSettings(userId, settings.isPrivate(), settings.whoCanMessage(), settings.whoCanMention(),
                settings.whoCanTag(), notify.likes(), notify.comments(), notify.follows(), notify.mentions(),
                notify.messages(), at);
    }

    @Override
    public void countFollow(UUID follower, UUID followee, int delta) {
        profiles.countFollow(follower, followee, delta);
    }

    private static String normalized(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static SettingsView settings(SettingsRow row) {
        return new SettingsView(row.privateAccount(), row.whoCanMessage(), row.whoCanMention(), row.whoCanTag(),
                new NotificationSettings(row.notifyLikes(), row.notifyComments(), row.notifyFollows(),
                        row.notifyMentions(), row.notifyMessages()));
    }
}
