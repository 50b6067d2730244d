// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace kinerja {

/// The value of a successful operation that returns nothing.
struct Done
{
    friend bool operator==(Done, Done) = default;
};

/**
 * Either a value or a translated, user-readable error message (style.md R6: errors are values).
 * The message is already in the user's language; technical details go to the log, not here.
 * Some operations report several problems at once: they fill `problems()` and join them in `error()`.
 */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }

    static Result failure(QString message) { return Result(std::move(message), QStringList()); }
    static Result failure(QStringList problems) { return Result(problems.join(QLatin1Char('\n')), problems); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    /// Precondition: ok().
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const& { return *m_value; }

    /// Empty when ok().
    const QString& error() const { return m_error; }
    /// Every problem found, when the operation checks several things at once; else one entry.
    QStringList problems() const { return m_problems.isEmpty() && !ok() ? QStringList {m_error} : m_problems; }

    template<typename U>
    Result<U> propagate() const
    {
        return Result<U>::failure(problems());
    }

private:
    Result(QString error, QStringList problems)
        : m_error(std::move(error))
        , m_problems(std::move(problems))
    { }

    std::optional<T> m_value;
    QString m_error;
    QStringList m_problems;
};

using Status = Result<Done>;

inline Status success()
{
    return Done {};
}

} // namespace kinerja
