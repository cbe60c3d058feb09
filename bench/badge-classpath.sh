#!/bin/sh
# Prints the class path BadgeBench.java needs: the ejb module's classes (build them first: mvn -q install
# -DskipTests -DskipITs) and PDFBox, ZXing and the Jakarta EE API from the local Maven repository.
M="${M2_REPO:-$HOME/.m2/repository}"
cd "$(dirname "$0")/.." || exit 1
printf '%s' "$PWD/ejb/target/classes"
for jar in org/apache/pdfbox/pdfbox/3.0.8/pdfbox-3.0.8.jar org/apache/pdfbox/fontbox/3.0.8/fontbox-3.0.8.jar \
    org/apache/pdfbox/pdfbox-io/3.0.8/pdfbox-io-3.0.8.jar com/google/zxing/core/3.5.4/core-3.5.4.jar \
    com/google/zxing/javase/3.5.4/javase-3.5.4.jar jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar; do
  printf ':%s' "$M/$jar"
done
printf ':%s' "$(ls "$M"/commons-logging/commons-logging/*/commons-logging-*.jar | grep -v sources | head -n 1)"
