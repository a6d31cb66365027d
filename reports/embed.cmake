# Embeds the HTML report's template, stylesheet and script (reports/) and the rules' documentation
# (docs/rules.md) into crosscheck_lib at build time, so an HTML report needs no file beside the program.
# Included from the top CMakeLists.txt after crosscheck_lib is defined.
set(CROSSCHECK_EMBEDDED_FILES
  ${PROJECT_SOURCE_DIR}/reports/report.html
  ${PROJECT_SOURCE_DIR}/reports/report.css
  ${PROJECT_SOURCE_DIR}/reports/report.js
  ${PROJECT_SOURCE_DIR}/docs/rules.md)
set(CROSSCHECK_EMBEDDED_CPP ${CMAKE_BINARY_DIR}/reports_embedded.cpp)
add_custom_command(
  OUTPUT ${CROSSCHECK_EMBEDDED_CPP}
  COMMAND ${CMAKE_COMMAND} -DOUT=${CROSSCHECK_EMBEDDED_CPP} "-DFILES=${CROSSCHECK_EMBEDDED_FILES}"
          -P ${PROJECT_SOURCE_DIR}/reports/embed_files.cmake
  DEPENDS ${CROSSCHECK_EMBEDDED_FILES} ${PROJECT_SOURCE_DIR}/reports/embed_files.cmake
  COMMENT "Embedding report templates and rule docs"
  VERBATIM)
target_sources(crosscheck_lib PRIVATE ${CROSSCHECK_EMBEDDED_CPP})
