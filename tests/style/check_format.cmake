# Fails when any C++ source of app/, lib/ or tests/ differs from what clang-format makes of it
# with the root .clang-format: run clang-format -i on the files it names.
# cmake -DCLANG_FORMAT=<path> -DSOURCE_DIR=<project root> -P check_format.cmake
file(GLOB_RECURSE sources LIST_DIRECTORIES false
     ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
     ${SOURCE_DIR}/lib/*.cpp ${SOURCE_DIR}/lib/*.h
     ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no C++ sources found under ${SOURCE_DIR}")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run --Werror ${sources}
                WORKING_DIRECTORY ${SOURCE_DIR}
                RESULT_VARIABLE result
                ERROR_VARIABLE complaints)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: [^\n]*" lines "${complaints}")
    set(files)
    foreach(line IN LISTS lines)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error:.*" "" file "${line}")
        list(APPEND files ${file})
    endforeach()
    list(REMOVE_DUPLICATES files)
    list(JOIN files "\n  " named)
    message(FATAL_ERROR "not formatted as .clang-format says (clang-format -i them):\n  ${named}")
endif()
message(STATUS "${count} sources formatted as .clang-format says")
