#!/usr/bin/env bash
# Runs the Parley Spark job on this machine (local[*] unless --master says otherwise):
#   ./parley-spark.sh --input ../shared/seeds --output out/
#   ./parley-spark.sh bench --corpus ../shared/corpora/allsides_news.jsonl --sample 100
# (Named .sh because parley-spark/ is the module's folder.) Builds parley-spark on first use or when sources
# changed. PARLEY_SPARK_HEAP sets the heap (default 3g: CoreNLP ~1.5 GB shared by all tasks, ~0.5 GB per
# concurrently analysing task, plus Spark).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAVA_HOME="$("$here/bin/find-jdk")"; export JAVA_HOME
jar="$here/parley-spark/target/parley-spark.jar"
current="$(cd "$here" && find . -path ./.git -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit 2>/dev/null || true)"
if [ ! -f "$jar" ] || [ -n "$current" ]; then
  mkdir -p "$here/parley-spark/target"
  echo "parley-spark: building (first use or sources changed; this takes a minute)..." >&2
  if ! "$here/build" -q -DskipTests -Dmaven.test.skip=true package -pl parley-spark -am >"$here/parley-spark/target/build.log" 2>&1; then
    echo "parley-spark: the build failed; see $here/parley-spark/target/build.log" >&2
    tail -n 30 "$here/parley-spark/target/build.log" >&2
    exit 1
  fi
fi
main=org.parley.spark.ParleySparkJob
if [ "${1:-}" = bench ]; then main=org.parley.spark.SparkBench; shift; fi
# What Spark's launcher (JavaModuleOptions) passes on JDK 17+; keep in step with spark.jvm.args in parley-spark/pom.xml.
opens="-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
opens="$opens --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"
opens="$opens -Dio.netty.tryReflectionSetAccessible=true --enable-native-access=ALL-UNNAMED"
v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null || echo 0)"
[ "${v:-0}" -ge 24 ] 2>/dev/null && opens="$opens --sun-misc-unsafe-memory-access=allow"
exec "$JAVA_HOME/bin/java" -Xmx"${PARLEY_SPARK_HEAP:-3g}" $opens \
  -Dlog4j2.configurationFile=org/parley/spark/log4j2.properties ${PARLEY_JAVA_OPTS:-} \
  -cp "$jar:$here/parley-spark/target/lib/*" "$main" "$@"
