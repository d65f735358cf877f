package probe;

public enum ImagePullPolicy { Always, Never, IfNotPresent }
