package dev.opctl.crd.classfile;

import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The methods a class of the class path calls, read from its class file: what RBAC inference needs
 * of a library's base class (a base reconciler whose {@code reconcile} returns
 * {@code UpdateControl.patchStatus(...)}). Its lambdas' bodies are its own methods; anonymous and
 * local classes are class files of their own, not read.
 */
public final class MethodCalls {
    private MethodCalls() {
    }

    /**
     * Each method the code of {@code qualifiedName} calls, as {@code owner.method} with the owner's
     * qualified name ({@code io.javaoperatorsdk.operator.api.reconciler.UpdateControl.patchStatus});
     * none when the class path does not have it.
     *
     * @throws dev.opctl.engine.OpctlException (invalid input) when the class file is there but cannot be read
     */
    public static Set<String> of(Classpath classpath, String qualifiedName) {
        for (String file : Classpath.classFiles(qualifiedName)) {
            byte[] bytes = classpath.classFile(file.substring(0, file.length() - ".class".length()));
            if (bytes != null) {
                Set<String> called = new TreeSet<>();
                new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                            String[] exceptions) {
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitMethodInsn(int opcode, String owner, String method, String type,
                                    boolean isInterface) {
                                called.add(owner.replace('/', '.').replace('$', '.') + "." + method);
                            }
                        };
                    }
                }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                return called;
            }
        }
        return Set.of();
    }
}
