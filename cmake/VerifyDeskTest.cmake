# verifydesk_add_test(NAME SOURCES ... LIBRARIES ...): one QTest executable per tested class,
# registered with CTest and run headless with assertions forced on.
function(verifydesk_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test verifydesk_strict ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_FORCE_ASSERTS=1;QT_LOGGING_RULES=verifydesk.*.debug=false"
        TIMEOUT 300)
endfunction()
