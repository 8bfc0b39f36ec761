#pragma once

#include <QProxyStyle>
#include <QString>

// The application's style with the standard icons Qt's widgets ask for while they are built
// (the extension buttons of the menu bar and tool bars, the warning sign of a production
// profile) handed out as icons that read their image when first drawn. The first image read
// loads every image-format plugin, which the first paint does not need: those buttons are hidden
// and that sign is in a closed list. Everything else is the base style's.
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
