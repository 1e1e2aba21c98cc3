#pragma once

#include "core/Error.h"

#include <optional>
#include <utility>

namespace fd {

// A value or an Error. Services return these; only widgets turn an Error into something on screen.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T& value() const& { return *m_value; }
    [[nodiscard]] T& value() & { return *m_value; }
    // By value, not T&&: `for (x : service.list().value())` must not iterate a destroyed temporary.
    [[nodiscard]] T value() && { return std::move(*m_value); }
    [[nodiscard]] const Error& error() const { return *m_error; }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace fd
