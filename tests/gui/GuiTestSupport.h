#pragma once

#include "modules/registry/ImportReport.h"
#include "modules/registry/RegistryService.h"
#include "support/TestHost.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QByteArray>
#include <QInputMethodEvent>
#include <QLabel>
#include <QString>
#include <QTest>
#include <QWidget>

namespace fd::test {

// The unit list the GUI tests start from: five units in entrance 3-1 (so paging has something to
// page through), one shop, owners and a tenant, mobiles and a landline.
inline QByteArray sampleUnitsCsv()
{
    return QStringLiteral("楼栋,单元,房号,类型,面积,业主,电话,住户,住户电话,管家\n"
                          "3,1,502,住宅,89.5,张三,13800001111,,,王管家\n"
                          "3,1,501,住宅,89.50,李四,13800002222/021-55556666,赵六,13900003333,王管家\n"
                          "3,1,601,住宅,120,钱七,13800004444,,,王管家\n"
                          "3,1,602,住宅,120,孙八,13800005555,,,王管家\n"
                          "3,1,701,住宅,95.25,周九,13800006666,,,王管家\n"
                          "5,2,101,商铺,45,吴十,13700007777,,,陈管家\n")
        .toUtf8();
}

// Two bad rows (an area that is no number, a type that does not exist) among good ones.
inline QByteArray badUnitsCsv()
{
    return QStringLiteral("楼栋,单元,房号,类型,面积,业主,电话\n"
                          "3,1,502,住宅,89.5,张三,13800001111\n"
                          "3,1,503,住宅,eighty,李四,13800002222\n"
                          "3,1,504,城堡,90,王五,13800003333\n")
        .toUtf8();
}

inline void importSample(TestHost& host)
{
    const ImportReport report = host.services().registry.importUnitsCsv(host.admin(), sampleUnitsCsv());
    ASSERT_TRUE(report.accepted) << report.text().toStdString();
}

// Types like a clerk: ASCII through key presses, Chinese the way an input method delivers it (one
// committed string per word). QTest::keyClicks cannot send characters outside Latin-1.
inline void type(QWidget* widget, const QString& text)
{
    QString ascii;
    const auto flush = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 128) {
            ascii.append(c);
            continue;
        }
        flush();
        QInputMethodEvent commit;
        commit.setCommitString(QString(c));
        QApplication::sendEvent(widget, &commit);
    }
    flush();
}

template <class T = QWidget> T* child(QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << "no child named " << name;
    return found;
}

inline QString labelText(QObject* parent, const char* name)
{
    auto* label = child<QLabel>(parent, name);
    return label ? label->text() : QString();
}

} // namespace fd::test
