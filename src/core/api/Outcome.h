#pragma once

#include "ApiError.h"

#include <optional>
#include <utility>

// The end of one API call: either a value or an ApiError, never both.
template<typename T> class Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    { } // NOLINT(google-explicit-constructor)
    Outcome(ApiError error)
        : m_error(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const ApiError &error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<ApiError> m_error;
};
