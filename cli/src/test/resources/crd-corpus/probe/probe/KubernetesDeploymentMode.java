package probe;

/** Constants with bodies, an abstract method and an overridden toString: Jackson writes the names. */
public enum KubernetesDeploymentMode {
    NATIVE {
        @Override
        public boolean isStandalone() {
            return false;
        }
    },
    STANDALONE {
        @Override
        public boolean isStandalone() {
            return true;
        }
    };

    public abstract boolean isStandalone();

    @Override
    public String toString() {
        return name().toLowerCase();
    }
}
