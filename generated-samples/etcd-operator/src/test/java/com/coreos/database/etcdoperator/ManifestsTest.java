package com.coreos.database.etcdoperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks that the deployment manifests under {@code config/} fit each other and the operator's code.
 */
class ManifestsTest {
    private static final KubernetesSerialization YAML = new KubernetesSerialization();

    @Test
    void operatorRunsUnderTheServiceAccountItsRolesAreBoundTo() throws IOException {
        ServiceAccount account = load("config/rbac/service_account.yaml", ServiceAccount.class);
        ClusterRole role = load("config/rbac/role.yaml", ClusterRole.class);
        ClusterRoleBinding binding = load("config/rbac/role_binding.yaml", ClusterRoleBinding.class);
        RoleBinding leaderElection = load("config/rbac/leader_election_role_binding.yaml", RoleBinding.class);
        String name = podSpec().getServiceAccountName();
        assertEquals(account.getMetadata().getName(), name);
        assertEquals(role.getMetadata().getName(), binding.getRoleRef().getName());
        assertEquals(name, binding.getSubjects().get(0).getName());
        assertEquals(name, leaderElection.getSubjects().get(0).getName());
    }

    @Test
    void probesCallTheHealthServer() throws IOException {
        Container manager = podSpec().getContainers().get(0);
        assertEquals(HealthServer.DEFAULT_PORT, manager.getPorts().get(0).getContainerPort());
        assertEquals(String.valueOf(manager.getPorts().get(0).getContainerPort()), env("HEALTH_PORT").getValue());
        assertEquals("/healthz", manager.getLivenessProbe().getHttpGet().getPath());
        assertEquals("/readyz", manager.getReadinessProbe().getHttpGet().getPath());
    }

    @Test
    void theMetricsServiceReachesTheMetricsServer() throws IOException {
        ContainerPort port = podSpec().getContainers().get(0).getPorts().stream()
                .filter(p -> p.getName().equals("metrics"))
                .findFirst()
                .orElseThrow();
        assertEquals(MetricsServer.DEFAULT_PORT, port.getContainerPort());
        assertEquals(String.valueOf(port.getContainerPort()), env("METRICS_PORT").getValue());
        Service service = load("config/manager/metrics_service.yaml", Service.class);
        assertEquals(port.getName(), service.getSpec().getPorts().get(0).getTargetPort().getStrVal());
        assertTrue(load("config/manager/manager.yaml", Deployment.class).getSpec().getTemplate().getMetadata().getLabels()
                .entrySet().containsAll(service.getSpec().getSelector().entrySet()));
    }

    @Test
    void operatorRunsRestricted() throws IOException {
        PodSpec pod = podSpec();
        SecurityContext container = pod.getContainers().get(0).getSecurityContext();
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertTrue(container.getRunAsNonRoot());
        assertTrue(container.getReadOnlyRootFilesystem());
        assertFalse(container.getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), container.getCapabilities().getDrop());
    }

    @Test
    void leaderElectionLearnsNamespaceAndIdentityFromTheDownwardApi() throws IOException {
        assertEquals("metadata.namespace", env("POD_NAMESPACE").getValueFrom().getFieldRef().getFieldPath());
        assertEquals("metadata.name", env("POD_NAME").getValueFrom().getFieldRef().getFieldPath());
    }

    @Test
    void runningReconciliationsFinishBeforeTheKubeletKillsTheOperator() throws IOException {
        long gracePeriod = Long.parseLong(env("SHUTDOWN_GRACE_PERIOD_SECONDS").getValue());
        assertTrue(podSpec().getTerminationGracePeriodSeconds() > gracePeriod);
    }

    private static <T> T load(String path, Class<T> type) throws IOException {
        return YAML.unmarshal(Files.readString(Path.of(path)), type);
    }

    private static PodSpec podSpec() throws IOException {
        return load("config/manager/manager.yaml", Deployment.class).getSpec().getTemplate().getSpec();
    }

    private static EnvVar env(String name) throws IOException {
        return podSpec().getContainers().get(0).getEnv().stream()
                .filter(env -> env.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
