# verifydesk_strict: the compile rules every target of the project links, tests included.
add_library(verifydesk_strict INTERFACE)
target_compile_features(verifydesk_strict INTERFACE cxx_std_17)
target_compile_definitions(verifydesk_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER)
target_compile_options(verifydesk_strict INTERFACE
    -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor
    $<$<BOOL:${VERIFYDESK_WERROR}>:-Werror>)

if(VERIFYDESK_SANITIZE)
    target_compile_options(verifydesk_strict INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(verifydesk_strict INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing: every library a fuzz target links is instrumented for libFuzzer's coverage and runs
# under ASan and UBSan; the fuzz targets add -fsanitize=fuzzer themselves (tests/fuzz).
if(VERIFYDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "VERIFYDESK_FUZZ needs clang (libFuzzer); configure with "
                            "-DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(verifydesk_strict INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(verifydesk_strict INTERFACE -fsanitize=address,undefined)
endif()
