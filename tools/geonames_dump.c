/* SPDX-License-Identifier: MIT */
/* Prints every city of Debian's libgeonames (geonames.org's cities of
 * 15,000 people or more, CC BY 4.0) as `name<TAB>country<TAB>population`,
 * in the language of LANGUAGE (run with LC_ALL=C.UTF-8 LANGUAGE=id for the
 * Indonesian names the package translates). Used by tools/gen_cities.py
 * only; kabar does not link libgeonames.
 *
 *   cc tools/geonames_dump.c $(pkg-config --cflags --libs geonames) -o geonames_dump
 */
#include <geonames.h>
#include <locale.h>
#include <stdio.h>

int main(void) {
  setlocale(LC_ALL, "");
  int n = geonames_get_n_cities();
  for (int i = 0; i < n; i++) {
    GeonamesCity *c = geonames_get_city(i);
    if (!c)
      return 1;
    printf("%s\t%s\t%u\n", geonames_city_get_name(c), geonames_city_get_country_code(c),
           geonames_city_get_population(c));
    geonames_city_free(c);
  }
  return fflush(stdout) != 0;
}
