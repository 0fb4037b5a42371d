#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace certdeck {

// A value or a typed error. C++20 has no std::expected; this is the small subset we need.
template <typename E> struct Failure { E error; };

template <typename E> Failure<std::decay_t<E>> fail(E &&error) {
    return {std::forward<E>(error)};
}

template <typename T, typename E> class Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Failure<E> failure)
        : m_state(std::in_place_index<1>, std::move(failure.error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

} // namespace certdeck
