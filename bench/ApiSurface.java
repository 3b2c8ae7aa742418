import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/**
 * Public surface of each module, two ways (issue #13). Run after {@code mvn -o -q test-compile}:
 *
 * <pre>
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:$(cat /tmp/cp.txt) bench/ApiSurface.java [--list]
 * </pre>
 *
 * <p>Columns: {@code java}, top-level types declared {@code public} anywhere in the module (subpackages included);
 * {@code modulith}, top-level types of the module's API as Spring Modulith sees it (base package and named interfaces,
 * internal subpackages excluded); {@code nested}, public nested types of that API that other modules can reach (every
 * enclosing type public too); {@code unreachable}, public nested types Modulith lists although an enclosing type is
 * not public (Java refuses them anyway). Main code only: test fixtures are not counted.
 */
public class ApiSurface {

    public static void main(String[] args) throws Exception {
        boolean list = args.length > 0 && args[0].equals("--list");
        var modules = ApplicationModules.of(Class.forName("org.binome.BinomeApplication"));
        System.out.printf("%-14s %5s %9s %7s %12s%n", "module", "java", "modulith", "nested", "unreachable");
        int[] total = new int[4];
        for (ApplicationModule module : modules) {
            Map<String, JavaClass> api = new TreeMap<>();
            for (NamedInterface named : module.getNamedInterfaces()) {
                named.forEach(c -> api.put(c.getName(), c));
            }
            long javaPublic = module.getBasePackage().stream()
                    .filter(JavaClass::isTopLevelClass)
                    .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                    .filter(c -> !c.getSimpleName().equals("package-info"))
                    .count();
            int top = 0, nested = 0, unreachable = 0;
            for (var c : api.values()) {
                if (c.isTopLevelClass()) {
                    top++;
                } else if (reachable(c)) {
                    nested++;
                } else {
                    unreachable++;
                }
            }
            System.out.printf("%-14s %5d %9d %7d %12d%n", module.getIdentifier(), javaPublic, top, nested, unreachable);
            total[0] += (int) javaPublic;
            total[1] += top;
            total[2] += nested;
            total[3] += unreachable;
            if (list) {
                api.values().forEach(c -> System.out.println("    " + c.getName()
                        + (c.isTopLevelClass() || reachable(c) ? "" : "  (enclosing type not public)")));
            }
        }
        System.out.printf("%-14s %5d %9d %7d %12d%n", "total", total[0], total[1], total[2], total[3]);
    }

    private static boolean reachable(JavaClass nested) {
        for (var e = nested.getEnclosingClass(); e.isPresent(); e = e.get().getEnclosingClass()) {
            if (!e.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }
}
