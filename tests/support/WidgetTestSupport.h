// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QWidget>

#include <catch2/catch.hpp>

namespace kinerja::test {

/// Lets pending layout and resize events run before a screenshot.
inline void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
}

/// The child widget with this object name; fails the test when there is none.
template<typename T>
T* child(const QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    INFO("no child " << name);
    REQUIRE(found);
    return found;
}

} // namespace kinerja::test
