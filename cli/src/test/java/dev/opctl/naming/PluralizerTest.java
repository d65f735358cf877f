package dev.opctl.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralizerTest {
    @ParameterizedTest
    @CsvSource({
        // The common shapes.
        "Memcached, memcacheds", "Gateway, gateways", "Policy, policies", "Proxy, proxies", "Soliloquy, soliloquies",
        "Status, statuses", "Redis, redises", "Box, boxes", "Match, matches", "Dash, dashes", "Waltz, waltzes",
        "Analysis, analyses", "Y, ys",
        // f, fe: shelves and knives, but roofs, chiefs, cliffs and safes.
        "Shelf, shelves", "Wolf, wolves", "Leaf, leaves", "Scarf, scarves", "Knife, knives", "Life, lives",
        "Roof, roofs", "Chief, chiefs", "Cliff, cliffs", "Safe, safes", "Thief, thieves",
        // o: photos, videos and scenarios, but heroes and potatoes.
        "Photo, photos", "Video, videos", "Scenario, scenarios", "Repo, repos", "Hero, heroes", "Echo, echoes",
        // Irregular and uncountable words, the kind's last word deciding.
        "Person, people", "SalesPerson, salespeople", "Child, children", "Ox, oxen", "Quiz, quizzes",
        "Index, indices", "SearchIndex, searchindices", "Series, series", "TimeSeries, timeseries", "News, news",
        "Sheep, sheep", "Metadata, metadata", "Human, humans", "Woman, women",
        // Acronyms: the last word is what follows them.
        "DNSRecord, dnsrecords", "IPPool, ippools", "MySQL, mysqls", "ClusterPolicy, clusterpolicies",
        "EtcdCluster, etcdclusters", "CronTab, crontabs", "BackupS3, backups3s"})
    void pluralOfTheKindsLastWord(String kind, String plural) {
        assertEquals(plural, Pluralizer.plural(kind));
    }
}
