package dev.opctl.scaffold.project;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import dev.opctl.engine.GeneratedFile;
import dev.opctl.engine.Ownership;
import dev.opctl.scaffold.JavaSources;
import dev.opctl.scaffold.ProjectModel;
import dev.opctl.scaffold.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * {@code OperatorIdentity.java}: for end-to-end tests, a ServiceAccount whose only permissions are
 * the generated ClusterRole, bound as the deployment binds it, and clients that use its token, so
 * that the tests prove the generated RBAC rather than run as a cluster admin.
 */
public final class OperatorIdentityJava implements Template {
    static final String NAME = "OperatorIdentity";

    private static final String MODEL = "io.fabric8.kubernetes.api.model";
    private static final String RBAC = MODEL + ".rbac";
    private static final ClassName HAS_METADATA = ClassName.get(MODEL, "HasMetadata");
    private static final ClassName SERVICE_ACCOUNT_BUILDER = ClassName.get(MODEL, "ServiceAccountBuilder");
    private static final ClassName TOKEN_REQUEST = ClassName.get(MODEL + ".authentication", "TokenRequest");
    private static final ClassName TOKEN_REQUEST_BUILDER = ClassName.get(MODEL + ".authentication",
            "TokenRequestBuilder");
    private static final ClassName CLUSTER_ROLE = ClassName.get(RBAC, "ClusterRole");
    private static final ClassName CLUSTER_ROLE_BINDING_BUILDER = ClassName.get(RBAC, "ClusterRoleBindingBuilder");
    private static final ClassName ROLE_BINDING_BUILDER = ClassName.get(RBAC, "RoleBindingBuilder");
    private static final ClassName ROLE_REF = ClassName.get(RBAC, "RoleRef");
    private static final ClassName ROLE_REF_BUILDER = ClassName.get(RBAC, "RoleRefBuilder");
    private static final ClassName SUBJECT = ClassName.get(RBAC, "Subject");
    private static final ClassName SUBJECT_BUILDER = ClassName.get(RBAC, "SubjectBuilder");
    private static final ClassName CONFIG = ClassName.get("io.fabric8.kubernetes.client", "Config");
    private static final ClassName CONFIG_BUILDER = ClassName.get("io.fabric8.kubernetes.client", "ConfigBuilder");
    private static final ClassName CLIENT_BUILDER = ClassName.get("io.fabric8.kubernetes.client",
            "KubernetesClientBuilder");
    private static final ClassName SERIALIZATION = ClassName.get("io.fabric8.kubernetes.client.utils",
            "KubernetesSerialization");

    @Override
    public GeneratedFile render(ProjectModel model) {
        ClassName self = ClassName.get(model.javaPackage(), NAME);
        ClassName client = OperatorMainJava.KUBERNETES_CLIENT;
        MethodSpec constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(client, "admin")
                .addParameter(String.class, "namespace")
                .addParameter(String.class, "token")
                .addStatement("this.admin = admin")
                .addStatement("this.namespace = namespace")
                .addStatement("this.token = token")
                .build();
        MethodSpec create = MethodSpec.methodBuilder("create")
                .addJavadoc("Creates the ServiceAccount {@value #NAME} in {@code namespace} and requests a token "
                        + "for it,\nvalid for an hour. It may do nothing until {@link #bind} grants it the role.\n")
                .addModifiers(Modifier.STATIC)
                .returns(self)
                .addParameter(client, "admin")
                .addParameter(String.class, "namespace")
                .addStatement("admin.resource(new $T().withNewMetadata().withName(NAME).withNamespace(namespace)"
                        + "\n.endMetadata().build()).create()", SERVICE_ACCOUNT_BUILDER)
                .addStatement("$T request = admin.serviceAccounts().inNamespace(namespace).withName(NAME)\n"
                        + ".tokenRequest(new $T().withNewSpec().withExpirationSeconds(3600L).endSpec().build())",
                        TOKEN_REQUEST, TOKEN_REQUEST_BUILDER)
                .addStatement("return new $T(admin, namespace, request.getStatus().getToken())", self)
                .build();
        MethodSpec bind = MethodSpec.methodBuilder("bind")
                .addJavadoc("Applies the ClusterRole of {@value #ROLE_FILE} and binds it to the ServiceAccount as "
                        + "the\ndeployment does: cluster-wide, or with a RoleBinding in each of {@code namespaces} "
                        + "when the\noperator watches only those.\n")
                .addParameter(ParameterizedTypeName.get(Set.class, String.class), "namespaces")
                .addException(IOException.class)
                .addStatement("$T role = new $T()\n.unmarshal($T.readString($T.of(ROLE_FILE)), $T.class)", CLUSTER_ROLE,
                        SERIALIZATION, Files.class, Path.class, CLUSTER_ROLE)
                .addStatement("admin.resource(role).forceConflicts().serverSideApply()")
                .addStatement("$T roleRef = new $T().withApiGroup($S).withKind($S)\n"
                        + ".withName(role.getMetadata().getName()).build()", ROLE_REF, ROLE_REF_BUILDER,
                        "rbac.authorization.k8s.io", "ClusterRole")
                .addStatement("$T subject = new $T().withKind($S).withName(NAME).withNamespace(namespace)\n.build()",
                        SUBJECT, SUBJECT_BUILDER, "ServiceAccount")
                .addStatement("$T bindingName = role.getMetadata().getName() + $S + namespace", String.class, "-")
                .beginControlFlow("if (namespaces.isEmpty())")
                .addStatement("bindings.add(admin.resource(new $T().withNewMetadata().withName(bindingName)\n"
                        + ".endMetadata().withRoleRef(roleRef).withSubjects(subject).build()).create())",
                        CLUSTER_ROLE_BINDING_BUILDER)
                .endControlFlow()
                .beginControlFlow("for ($T watched : namespaces)", String.class)
                .addStatement("bindings.add(admin.resource(new $T().withNewMetadata().withName(bindingName)\n"
                        + ".withNamespace(watched).endMetadata().withRoleRef(roleRef).withSubjects(subject).build())"
                        + ".create())", ROLE_BINDING_BUILDER)
                .endControlFlow()
                .build();
        MethodSpec newClient = MethodSpec.methodBuilder("client")
                .addJavadoc("A new client of the same cluster that authenticates as the operator; the caller closes "
                        + "it.\n")
                .returns(client)
                .addStatement("$T cluster = admin.getConfiguration()", CONFIG)
                .addStatement("return new $T().withConfig(new $T($T.empty())\n"
                        + ".withMasterUrl(cluster.getMasterUrl())\n"
                        + ".withCaCertFile(cluster.getCaCertFile())\n"
                        + ".withCaCertData(cluster.getCaCertData())\n"
                        + ".withTrustCerts(cluster.isTrustCerts())\n"
                        + ".withOauthToken(token)\n"
                        + ".build()).build()", CLIENT_BUILDER, CONFIG_BUILDER, CONFIG)
                .build();
        MethodSpec close = MethodSpec.methodBuilder("close")
                .addJavadoc("Deletes the bindings; the ServiceAccount goes with its namespace.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("bindings.forEach(binding -> admin.resource(binding).delete())")
                .build();
        TypeSpec type = TypeSpec.classBuilder(NAME)
                .addJavadoc("The operator's identity in end-to-end tests: a ServiceAccount whose only permissions "
                        + "are the\nClusterRole of {@code config/rbac/role.yaml}, and clients that authenticate with "
                        + "its token.\nAn operator that runs on {@link #client()} shows that the generated RBAC is "
                        + "enough, and a\nrequest it is refused shows that it is no more than that.\n")
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(AutoCloseable.class)
                .addField(FieldSpec.builder(String.class, "NAME", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Name of the ServiceAccount.\n")
                        .initializer("$S", "e2e-operator").build())
                .addField(FieldSpec.builder(String.class, "ROLE_FILE", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$S", "config/rbac/role.yaml").build())
                .addField(client, "admin", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "namespace", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "token", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), HAS_METADATA),
                        "bindings", Modifier.PRIVATE, Modifier.FINAL).initializer("new $T<>()", ArrayList.class)
                        .build())
                .addMethod(constructor)
                .addMethod(create)
                .addMethod(bind)
                .addMethod(newClient)
                .addMethod(close)
                .build();
        return JavaSources.test(model, type, Ownership.USER);
    }
}
