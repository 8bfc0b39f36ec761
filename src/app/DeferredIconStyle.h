#pragma once

#include <QProxyStyle>
#include <QString>

// The application's style: the standard icons Qt's widgets draw with (a message box's sign, a
// dialog's buttons, a line edit's clear button) come from the application's icon set (Icons.h),
// and the extension buttons of the menu bar and tool bars, which Qt asks for while it builds
// them, get the base style's icons read when first drawn: the first image read loads every
// image-format plugin, which the first paint does not need, those buttons being hidden.
// Everything else is the base style's.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredIconStyle)

public:
    // The style named `key` (QStyleFactory); empty: the one QApplication would pick.
    explicit DeferredIconStyle(const QString &key = {});
    ~DeferredIconStyle() override;

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    // The name of `style`, or of the style under it when it is a proxy (a proxy has no name).
    static QString nameOf(const QStyle *style);
};
