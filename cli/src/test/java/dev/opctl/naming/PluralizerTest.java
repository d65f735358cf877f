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
        "Index, indexes", "SearchIndex, searchindexes", "Series, series", "TimeSeries, timeseries", "News, news",
        "Sheep, sheep", "Metadata, metadata", "Human, humans", "Woman, women",
        "Salesperson, salespeople", "Timeseries, timeseries", "PodChaos, podchaos", "HardwareData, hardwaredata",
        "Chassis, chassis", "Golf, golfs", "Epoch, epochs", "Lens, lenses", "ContactLens, contactlenses",
        // Words other APIs pluralize as any: Traefik's, Calico's.
        "Middleware, middlewares", "ClusterInformation, clusterinformations",
        // A plural already stays; an s after a vowel or another s takes es.
        "Endpoints, endpoints", "SecurityContextConstraints, securitycontextconstraints",
        "HostFirmwareSettings, hostfirmwaresettings", "Prometheus, prometheuses", "Postgres, postgreses",
        "IngressClass, ingressclasses", "Alias, aliases", "URLs, urls", "AllowedCRDs, allowedcrds",
        // Acronyms: the last word is what follows them; one that is the last word takes s, or es after s.
        "DNSRecord, dnsrecords", "IPPool, ippools", "MySQL, mysqls", "ClusterPolicy, clusterpolicies",
        "EtcdCluster, etcdclusters", "CronTab, crontabs", "BackupS3, backups3s", "DNS, dnses", "CephNFS, cephnfses",
        "RabbitMQ, rabbitmqs", "KafkaMirrorMaker2, kafkamirrormaker2s", "CRD, crds", "AMs, ams"})
    void pluralOfTheKindsLastWord(String kind, String plural) {
        assertEquals(plural, Pluralizer.plural(kind));
    }
}
